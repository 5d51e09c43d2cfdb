import { formatDateTime, statusBadge, type Locale, type SummaryRow } from '@hn-elements/core';
import { isCritical, isOutside } from '../interpretation.js';
import { STATUS_KEYS, type ReportView, type ResultView } from '../model.js';
import type { TestResultMessageKey } from '../messages.js';

type Translate = (key: TestResultMessageKey) => string;

const levels = (results: readonly ResultView[]): ResultView['interpretation'][] => results.flatMap((r) => [r.interpretation, ...levels(r.members)]);

/**
 * One answer as a row of the overview's summary: what was tested, when the sample was taken (else
 * answered), from whom; a badge when a result is far off ("Sterkt avvikende"), off ("Avviker fra
 * det vanlige"), or the answer is not final. The row links to the answer on the results' own page.
 */
export function reportSummaryRow(report: ReportView, t: Translate, locale: Locale): SummaryRow {
  const found = levels(report.results).map((i) => i?.level);
  const when = report.effective?.date ?? report.issued;
  return {
    key: report.key,
    target: { ...(report.sourceId ? { sourceId: report.sourceId } : {}), reference: `${report.resourceType}/${report.id}` },
    title: report.title || t('untitled'),
    lang: report.lang,
    meta: [...(when ? [formatDateTime(when, locale, 'date')] : []), ...(report.sourceName ? [report.sourceName] : [])],
    badge: found.some(isCritical)
      ? statusBadge('danger', t('interpretationCritical'))
      : found.some(isOutside)
        ? statusBadge('warning', t('interpretationAbnormal'))
        : report.status === 'final'
          ? undefined
          : statusBadge('info', t(STATUS_KEYS[report.status].label)),
  };
}

