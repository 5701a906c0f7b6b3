import type { PageQuery } from './paging';

/** One audit event as HR and admins search it: who, when, what object — never content. */
export interface AuditEventView {
  id: string;
  at: string;
  actor: { id: string; displayName: string } | null;
  action: string;
  objectType: string;
  objectId: string;
  /**
   * What the object is, in words, as it is now: a person's name, "program · cohort", "Run #3 ·
   * cohort", a pair's names (for a match or one of its notes); null when it no longer exists.
   */
  objectLabel: string | null;
}

export interface AuditQuery extends PageQuery {
  action?: string;
  objectType?: string;
  objectId?: string;
  actorId?: string;
  /** ISO dates (inclusive from, exclusive to). */
  from?: string;
  to?: string;
}

/**
 * Everything MentorBridge holds about one person (a data-subject access request), with the other
 * party's personal data redacted: partners appear as "another participant".
 */
export interface PersonExport {
  exportedAt: string;
  person: Record<string, unknown>;
  roles: Record<string, unknown>[];
  invitations: Record<string, unknown>[];
  applications: Record<string, unknown>[];
  participations: Record<string, unknown>[];
  relationships: Record<string, unknown>[];
  notes: Record<string, unknown>[];
  goals: Record<string, unknown>[];
  concerns: Record<string, unknown>[];
  checkIns: Record<string, unknown>[];
  surveys: Record<string, unknown>[];
  auditTrail: Record<string, unknown>[];
}

export interface ErasePersonRequest {
  /** The person's e-mail address, typed again to confirm. */
  confirmEmail: string;
}

export interface ErasePersonResult {
  erasedUserId: string;
  /** Pairs whose note key was destroyed (their notes, goals and concerns are unreadable). */
  pairKeysDestroyed: number;
  rowsAnonymised: number;
}

/** An erased person keeps a directory row whose address is `erased-<id>@` this domain. */
export const ERASED_EMAIL_DOMAIN = 'erased.invalid';

export function isErasedEmail(email: string): boolean {
  return email.toLowerCase().endsWith(`@${ERASED_EMAIL_DOMAIN}`);
}
