import { Component } from '@angular/core';

@Component({
  selector: 'mb-web-identity-feature',
  imports: [],
  templateUrl: './web-identity-feature.html',
  styleUrl: './web-identity-feature.css',
})
export class WebIdentityFeature {}
