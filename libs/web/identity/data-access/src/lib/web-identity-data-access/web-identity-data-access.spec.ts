import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebIdentityDataAccess } from './web-identity-data-access';

describe('WebIdentityDataAccess', () => {
  let component: WebIdentityDataAccess;
  let fixture: ComponentFixture<WebIdentityDataAccess>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebIdentityDataAccess],
    }).compileComponents();

    fixture = TestBed.createComponent(WebIdentityDataAccess);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
