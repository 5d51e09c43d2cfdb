import { formatDateTime, sourceLanguage, type Locale, type Session, type SummaryRow } from '@hn-elements/core';
import { assignmentBadge } from './assignment-status.js';
import type { ToolMessageKey } from './messages.js';
import type { ToolView } from './model.js';

type Translate = (key: ToolMessageKey, params?: Record<string, string | number>) => string;

/**
 * One tool as a row of the overview's summary: its name, who offers it, and for a tool assigned to
 * the citizen its due date (else the day it was assigned), with its status as a badge while the
 * citizen has yet to finish it (not started, in progress). The row links to the tool on the
 * catalogue's own page.
 */
export function toolSummaryRow(tool: ToolView, ctx: { t: Translate; locale: Locale; live: boolean; session: Session | undefined }): SummaryRow {
  const source = ctx.live ? ctx.session?.sources.find((s) => s.id === tool.sourceId) : undefined;
  const assignment = tool.assignment;
  const day = (date: Date) => formatDateTime(date, ctx.locale, 'long-date');
  const when = assignment?.due ? ctx.t('due', { date: day(assignment.due) }) : assignment?.assigned ? ctx.t('summaryAssigned', { date: day(assignment.assigned) }) : undefined;
  const unfinished = assignment?.status === 'not-started' || assignment?.status === 'in-progress';
  return {
    key: tool.key,
    target: { ...(tool.sourceId ? { sourceId: tool.sourceId } : {}), reference: `ActivityDefinition/${tool.id}` },
    title: tool.title,
    lang: sourceLanguage(tool.language, source),
    meta: [...(tool.sourceName ? [tool.sourceName] : []), ...(when ? [when] : [])],
    badge: assignment && unfinished ? assignmentBadge(assignment.status, ctx.t) : undefined,
  };
}
