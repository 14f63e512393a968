// The API's JSON as the task pane reads it: the response records in api/ (ReferralResponse, ContextResponse, ...),
// camel-cased. The API writes null for a missing value rather than leaving the field out. Types only: nothing here runs.

/** ReferralState, kebab-cased (api/Core/ReferralState.cs). Null until the first scan. */
export type ReferralState = "new" | "waiting" | "quiet" | "replied" | "paused" | "closed" | "no-show";

/** CadenceStep, kebab-cased (api/Core/CadenceStep.cs). */
export type CadenceStep =
  | "first-reach-out" | "second-note" | "ask-source" | "check-in" | "indifference" | "sorry-i-missed-you"
  | "update-source" | "thank-source";

/** PartyResponse. */
export interface Party {
  name: string;
  address: string;
}

/** TouchResponse: the rep's last note to the prospect. */
export interface Touch {
  subject: string;
  at: string;
  messageId: string;
  conversationId: string;
}

/** ReferralResponse (GET /api/referrals, POST /api/scan, POST /api/referrals, the context's referral). */
export interface Referral {
  id: string;
  prospect: Party;
  source: Party;
  introducedAt: string;
  state: ReferralState | null;
  silentDays: number | null;
  nextStep: CadenceStep | null;
  nextStepDueAt: string | null;
  /** A calendar day, "yyyy-mm-dd". */
  pausedUntil: string | null;
  lastTouch: Touch | null;
  lastAnswerAt: string | null;
  closedAt: string | null;
  closeOutcome: string | null;
  scannedAt: string | null;
  snoozedUntil: string | null;
  closeNote: string | null;
  conversationId: string | null;
  upcomingStep: CadenceStep | null;
  touchCount: number | null;
}

/** GET /api/referrals. */
export interface ReferralList {
  referrals: Referral[];
  lastScanAt: string | null;
}

/** POST /api/scan. */
export interface ScanSummary {
  scannedAt: string;
  graphRequests: number;
  messagesRead: number;
  referrals: Referral[];
}

/** GET /api/scan/progress. */
export interface ScanProgress {
  running: boolean;
  firstScan: boolean;
  folder: string | null;
  pages: number;
  messagesRead: number;
  fraction: number | null;
  startedAt: string | null;
  lastScanAt: string | null;
}

/** GET /api/me. */
export interface Me {
  displayName: string;
  tenantId: string;
  userId: string;
  demo: boolean;
  /** The mailbox's time zone (an IANA or Windows name), when Graph gave one. */
  timeZone: string | null;
}

/** GET /api/client-config: how the pane signs in. */
export interface ClientConfig {
  demo: boolean;
  clientId: string | null;
  authority: string | null;
  apiScopes: string[];
}

/** SuggestionResponse: an introduction the scan found (GET /api/introductions). */
export interface Suggestion {
  id: string;
  kind: string;
  source: Party;
  prospect: Party;
  subject: string;
  receivedAt: string;
  messageId: string;
  conversationId: string;
}

/** The open message's people, for a Track form (ContextApi.Prefill). */
export interface Prefill {
  source: Party | null;
  prospects: Party[];
}

/** POST /api/context: the referral behind the open message, or its introduction, or a prefill to track it. */
export interface MessageContext {
  referral: Referral | null;
  matchedBy: "conversation" | "message" | "prospect" | "source" | null;
  suggestion: Suggestion | null;
  prefill: Prefill;
}

/** MeetingResponse (GET /api/meetings). */
export interface Meeting {
  eventId: string;
  referralId: string;
  subject: string;
  start: string;
  end: string;
  outcome: "upcoming" | "cancelled" | "declined" | "attended" | "no-show" | "awaiting-report" | "unconfirmed";
  evidence: string | null;
  settledByRep: boolean;
  /** Why the meeting is unclear, in plain words. */
  note: string | null;
}

/** TimelineEntry (GET /api/referrals/{id}/timeline). */
export interface TimelineEntry {
  kind: "introduction" | "note" | "answer" | "auto-reply" | "ask-source" | "update-source" | "meeting" | "pause"
    | "next-step" | "closed";
  at: string | null;
  subject: string | null;
  messageId: string | null;
  eventId: string | null;
  who: Party | null;
  outcome: string | null;
  step: CadenceStep | null;
  /** A calendar day, "yyyy-mm-dd" (a pause's end). */
  until: string | null;
  due: boolean;
}

/** TimelineResponse. */
export interface Timeline {
  referralId: string;
  prospect: Party;
  source: Party;
  entries: TimelineEntry[];
}

/** DraftResponse (POST /api/referrals/{id}/drafts). */
export interface Draft {
  referralId: string;
  step: CadenceStep;
  messageId: string;
  ewsId: string;
  webLink: string | null;
  subject: string;
  to: Party[];
  inReplyTo: string | null;
  bodyHtml: string;
  reused: boolean;
}

/** One prospect a source introduced (SourcesApi.SourceReferral). */
export interface SourceReferral {
  id: string;
  prospect: Party;
  introducedAt: string;
  standing: "met" | "in-touch" | "quiet" | "no-show" | "not-contacted" | "closed";
  lastUpdateAt: string | null;
  owedUpdate: boolean;
  suggested: CadenceStep | null;
  newsAt: string | null;
}

/** SourcesApi.SourceSummary. */
export interface SourceSummary {
  source: Party;
  introductions: number;
  counts: Record<string, number>;
  lastUpdateAt: string | null;
  owedUpdates: number;
  referrals: SourceReferral[];
}

/** GET /api/sources. */
export interface SourcesResponse {
  sources: SourceSummary[];
}
