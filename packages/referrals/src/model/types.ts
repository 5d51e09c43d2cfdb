import type { HandoffLink, Resource } from '@hn-elements/core';

export type ServiceRequest = Extract<Resource, { resourceType: 'ServiceRequest' }>;
export type Task = Extract<Resource, { resourceType: 'Task' }>;
export type Appointment = Extract<Resource, { resourceType: 'Appointment' }>;
export type DocumentReference = Extract<Resource, { resourceType: 'DocumentReference' }>;
export type Communication = Extract<Resource, { resourceType: 'Communication' }>;

/** The states of a referral's life, in the order they normally come. */
export const REFERRAL_STATES = [
  'sent',
  'received',
  'in-assessment',
  'assessed',
  'appointment-given',
  'completed',
  'rejected',
  'withdrawn',
] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];

/** States in which the referral is still under way (the citizen waits for something). */
export const OPEN_STATES: readonly ReferralState[] = ['sent', 'received', 'in-assessment', 'assessed', 'appointment-given'];

/** One step of the timeline: a state the referral reached, and when, if the source says. */
export interface ReferralStep {
  state: ReferralState;
  date?: Date;
  /** The state the referral is in now (the last step). */
  current: boolean;
}

export type NoRightReason = 'no-need' | 'other-service';

/** The outcome of the assessment, when there is one. */
export type Assessment =
  | {
      right: true;
      /** The latest day treatment must start (frist), a calendar day in Oslo. */
      deadline?: Date;
      /** A deadline was given but could not be read: the citizen is told to ask, never shown a guess. */
      deadlineUnreadable: boolean;
      /** The deadline day is over (Oslo days), whatever the state. */
      deadlinePassed: boolean;
    }
  | {
      right: false;
      /** The reason as a known code, for the plain-language explanation. */
      reasonCode?: NoRightReason;
      /** The source's own words, shown as written (in the source's language). */
      reasonText?: string;
    };

export interface ExpectedWait {
  value: number;
  unit: 'days' | 'weeks' | 'months';
}

/** An appointment the data links to the referral (`Appointment.basedOn`). */
export interface LinkedAppointment {
  /** `<sourceId>/<id>`, as the appointment list keys it. */
  key: string;
  reference: string;
  start?: Date;
  status: string;
  title?: string;
}

/** A letter (`DocumentReference.context.related`) or message (`Communication.basedOn`) about the referral. */
export interface LinkedLetter {
  key: string;
  reference: string;
  kind: 'letter' | 'message';
  title?: string;
  date?: Date;
}

/** What the citizen can do, each a hand-off target for <hn-handoff-launcher> when the source gives one. */
export interface ReferralActions {
  /** The deadline is broken: the citizen may ask Helfo to arrange treatment elsewhere. */
  deadlineBroken: boolean;
  deadlineHelp?: HandoffLink;
  /** The citizen may choose another treatment place (fritt behandlingsvalg). */
  freeChoice: boolean;
  freeChoiceLink?: HandoffLink;
}

/** What the list shows about one referral. Built only by `toReferralViews`. */
export interface ReferralView {
  /** Unique across sources: `<sourceId>/<id>` (`bundle/<id>` for a host's bundle). */
  key: string;
  id: string;
  sourceId: string;
  /** For attribution ("Fra Helse Bergen"). */
  sourceName: string;
  /** The language of the text from the source (title, reason, notes), for `lang`. */
  language?: string;
  /** What the referral is for, in the source's words (`ServiceRequest.code`). */
  title?: string;
  referredBy?: string;
  referredTo?: string;
  /** Why, in the source's words (`reasonCode`, else the referenced condition). */
  reason?: string;
  notes: string[];
  sent?: Date;
  state: ReferralState;
  open: boolean;
  steps: ReferralStep[];
  assessment?: Assessment;
  expectedWait?: ExpectedWait;
  actions: ReferralActions;
  appointments: LinkedAppointment[];
  letters: LinkedLetter[];
}

export interface SourceInfo {
  id: string;
  name: string;
  language?: string;
}
