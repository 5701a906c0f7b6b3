import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebIdentityFeature } from './web-identity-feature';

describe('WebIdentityFeature', () => {
  let component: WebIdentityFeature;
  let fixture: ComponentFixture<WebIdentityFeature>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebIdentityFeature],
    }).compileComponents();

    fixture = TestBed.createComponent(WebIdentityFeature);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
