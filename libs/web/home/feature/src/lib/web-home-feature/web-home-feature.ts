import { Component } from '@angular/core';

@Component({
  selector: 'mb-web-home-feature',
  imports: [],
  templateUrl: './web-home-feature.html',
  styleUrl: './web-home-feature.css',
})
export class WebHomeFeature {}
