import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AddMilestoneRequest,
  AnswerPulseRequest,
  CancelSessionRequest,
  CreateGoalRequest,
  CreateNoteRequest,
  FlagView,
  GoalProgressRequest,
  GoalView,
  LogSessionRequest,
  MatchView,
  NoteView,
  PairGlance,
  PairOverview,
  PulseView,
  RaiseFlagRequest,
  RecordAttendanceRequest,
  RelationshipPhase,
  RescheduleSessionRequest,
  ScheduleSessionRequest,
  SessionView,
  UpdateGoalRequest,
  UpdateNoteRequest,
} from '@mentorbridge/shared-contracts';
import { handledErrors } from '@mentorbridge/web-shared-data-access';
import { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** A fresh idempotency key for one form: 32 hex characters (no dashes). */
export function newIdempotencyKey(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

/**
 * A pair's shared space: sessions, notes, goals and milestones, the relationship's phase, concerns
 * raised to HR and pulse check-ins. Every pair route answers 404 to anyone outside the pair.
 */
@Injectable({ providedIn: 'root' })
export class SessionsApi {
  private readonly http = inject(HttpClient);

  /** My matches (the active ones have a pair page). */
  myMatches(): Observable<MatchView[]> {
    return this.http.get<MatchView[]>('/api/me/matches');
  }

  /** My active relationships at a glance, for the home cards (next session, contact, goals). */
  myPairs(): Observable<PairGlance[]> {
    return this.http.get<PairGlance[]>('/api/me/pairs');
  }

  // --- sessions -----------------------------------------------------------------------------------

  sessions(matchId: string): Observable<SessionView[]> {
    return this.http.get<SessionView[]>(`/api/matches/${id(matchId)}/sessions`);
  }

  /** 400 details go on the form's fields. */
  schedule(matchId: string, request: ScheduleSessionRequest): Observable<SessionView> {
    return this.http.post<SessionView>(`/api/matches/${id(matchId)}/sessions`, request, {
      context: handledErrors(400),
    });
  }

  /** A past session in one go; retrying with the same key returns the same session. */
  log(matchId: string, request: LogSessionRequest): Observable<SessionView> {
    return this.http.post<SessionView>(`/api/matches/${id(matchId)}/sessions/log`, request, {
      context: handledErrors(400),
    });
  }

  reschedule(sessionId: string, request: RescheduleSessionRequest): Observable<SessionView> {
    return this.http.patch<SessionView>(`/api/sessions/${id(sessionId)}`, request, {
      context: handledErrors(400, 409),
    });
  }

  cancel(sessionId: string, request: CancelSessionRequest = {}): Observable<SessionView> {
    return this.http.post<SessionView>(`/api/sessions/${id(sessionId)}/cancel`, request, {
      context: handledErrors(409),
    });
  }

  recordAttendance(sessionId: string, request: RecordAttendanceRequest): Observable<SessionView> {
    return this.http.post<SessionView>(`/api/sessions/${id(sessionId)}/attendance`, request, {
      context: handledErrors(400, 409),
    });
  }

  /** A link (not a request): the browser downloads the calendar invitation. */
  inviteUrl(sessionId: string): string {
    return `/api/sessions/${id(sessionId)}/invite.ics`;
  }

  // --- notes --------------------------------------------------------------------------------------

  notes(matchId: string): Observable<NoteView[]> {
    return this.http.get<NoteView[]>(`/api/matches/${id(matchId)}/notes`);
  }

  addNote(matchId: string, request: CreateNoteRequest): Observable<NoteView> {
    return this.http.post<NoteView>(`/api/matches/${id(matchId)}/notes`, request, {
      context: handledErrors(400),
    });
  }

  updateNote(noteId: string, request: UpdateNoteRequest): Observable<NoteView> {
    return this.http.patch<NoteView>(`/api/notes/${id(noteId)}`, request, {
      context: handledErrors(400),
    });
  }

  deleteNote(noteId: string): Observable<void> {
    return this.http.delete<void>(`/api/notes/${id(noteId)}`);
  }

  // --- phase and goals ----------------------------------------------------------------------------

  /** 404 outside the pair: the page says so itself. */
  overview(matchId: string): Observable<PairOverview> {
    return this.http.get<PairOverview>(`/api/matches/${id(matchId)}/overview`, {
      context: handledErrors(404),
    });
  }

  setPhase(matchId: string, phase: RelationshipPhase): Observable<PairOverview> {
    return this.http.put<PairOverview>(`/api/matches/${id(matchId)}/phase`, { phase });
  }

  /** Mentee only: the mentor gets 403 with a message. */
  addGoal(matchId: string, request: CreateGoalRequest): Observable<GoalView> {
    return this.http.post<GoalView>(`/api/matches/${id(matchId)}/goals`, request, {
      context: handledErrors(400, 403),
    });
  }

  updateGoal(goalId: string, request: UpdateGoalRequest): Observable<GoalView> {
    return this.http.patch<GoalView>(`/api/goals/${id(goalId)}`, request, {
      context: handledErrors(400, 403),
    });
  }

  deleteGoal(goalId: string): Observable<void> {
    return this.http.delete<void>(`/api/goals/${id(goalId)}`, {
      context: handledErrors(403),
    });
  }

  progress(goalId: string, request: GoalProgressRequest): Observable<GoalView> {
    return this.http.post<GoalView>(`/api/goals/${id(goalId)}/progress`, request, {
      context: handledErrors(400),
    });
  }

  addMilestone(goalId: string, request: AddMilestoneRequest): Observable<GoalView> {
    return this.http.post<GoalView>(`/api/goals/${id(goalId)}/milestones`, request, {
      context: handledErrors(400, 403),
    });
  }

  /** Either side; answers with the whole goal. */
  setMilestoneDone(milestoneId: string, done: boolean): Observable<GoalView> {
    return this.http.put<GoalView>(`/api/milestones/${id(milestoneId)}/done`, { done });
  }

  // --- concerns and pulses ------------------------------------------------------------------------

  raiseFlag(matchId: string, request: RaiseFlagRequest): Observable<FlagView> {
    return this.http.post<FlagView>(`/api/matches/${id(matchId)}/flags`, request, {
      context: handledErrors(400),
    });
  }

  myFlags(matchId: string): Observable<FlagView[]> {
    return this.http.get<FlagView[]>(`/api/matches/${id(matchId)}/flags`);
  }

  openPulses(): Observable<PulseView[]> {
    return this.http.get<PulseView[]>('/api/me/pulses');
  }

  answerPulse(pulseId: string, request: AnswerPulseRequest): Observable<PulseView> {
    return this.http.post<PulseView>(`/api/pulses/${id(pulseId)}`, request);
  }
}
