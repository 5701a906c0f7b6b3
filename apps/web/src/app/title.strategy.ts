import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';

/** "People · MentorBridge": the page first, so tabs and screen readers say what it is. */
@Injectable({ providedIn: 'root' })
export class MentorBridgeTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const page = this.buildTitle(snapshot);
    this.title.setTitle(page ? `${page} · MentorBridge` : 'MentorBridge');
  }
}
