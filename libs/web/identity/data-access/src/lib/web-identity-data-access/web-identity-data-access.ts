import { Component } from '@angular/core';

@Component({
  selector: 'mb-web-identity-data-access',
  imports: [],
  templateUrl: './web-identity-data-access.html',
  styleUrl: './web-identity-data-access.css',
})
export class WebIdentityDataAccess {}
