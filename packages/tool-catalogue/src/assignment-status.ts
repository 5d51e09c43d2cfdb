import { statusBadge, type BadgeTone } from '@hn-elements/core';
import type { ToolMessageKey } from './messages.js';
import type { AssignmentStatus } from './model.js';

const STATUS_KEY: Record<AssignmentStatus, ToolMessageKey> = {
  'not-started': 'statusNotStarted',
  'in-progress': 'statusInProgress',
  completed: 'statusCompleted',
  cancelled: 'statusCancelled',
};

const STATUS_TONE: Record<AssignmentStatus, BadgeTone> = {
  'not-started': 'warning',
  'in-progress': 'info',
  completed: 'success',
  cancelled: 'neutral',
};

/** An assigned tool's status as a badge: its word in the locale, its tone. */
export function assignmentBadge(status: AssignmentStatus, t: (key: ToolMessageKey) => string) {
  return statusBadge(STATUS_TONE[status], t(STATUS_KEY[status]));
}
