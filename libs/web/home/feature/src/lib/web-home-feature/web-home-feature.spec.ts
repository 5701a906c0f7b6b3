import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebHomeFeature } from './web-home-feature';

describe('WebHomeFeature', () => {
  let component: WebHomeFeature;
  let fixture: ComponentFixture<WebHomeFeature>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebHomeFeature],
    }).compileComponents();

    fixture = TestBed.createComponent(WebHomeFeature);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
