import type { Questionnaire, QuestionnaireItem, Resource, Task } from '@hn-elements/core';
import { conceptText, handoffUrl, indexByReference, isRecord, parseFhirDateTime, readText, referenceDisplay, resolveReference } from '@hn-elements/core';
import { keyPrefix, referenceOf } from './shared.js';
import type { FormItem, FormLink, FormStatus, QuestionView, QuestionnaireSummary, SourceInfo } from './types.js';

// Form tasks (Task -> Questionnaire): the status in the citizen's words, the form's questions as a
// summary, and the deep link that "open the form" hands off to.

/**
 * The form's deep link when it is an absolute https URL (http only for a loopback host: the
 * playground). Anything else (javascript:, data:, relative, credentials ...) is dropped here; the
 * launcher then checks the origin against the session's allowlist and refuses the rest visibly.
 */
export function formLinkOf(value: unknown): FormLink | undefined {
  const url = handoffUrl(value);
  return url ? { href: url.href } : undefined;
}

const FORM_STATUS: Record<string, FormStatus | 'hidden'> = {
  draft: 'hidden',
  'entered-in-error': 'hidden',
  requested: 'not-started',
  received: 'not-started',
  accepted: 'not-started',
  ready: 'not-started',
  'in-progress': 'started',
  'on-hold': 'started',
  completed: 'done',
  cancelled: 'cancelled',
  rejected: 'cancelled',
  failed: 'cancelled',
};

/** Task.status -> what the citizen is told. Unknown codes give undefined. */
export function formStatusOf(status: unknown): FormStatus | 'hidden' | undefined {
  return typeof status === 'string' ? FORM_STATUS[status] : undefined;
}

const MAX_QUESTIONS = 300;
const MAX_DEPTH = 6;

function questionsOf(items: unknown, depth: number, budget: { left: number }): QuestionView[] {
  if (!Array.isArray(items) || depth > MAX_DEPTH) return [];
  const result: QuestionView[] = [];
  for (const raw of items as QuestionnaireItem[]) {
    if (budget.left <= 0) break;
    if (!isRecord(raw)) continue;
    budget.left -= 1;
    const answerOptions: unknown[] = Array.isArray(raw.answerOption) ? raw.answerOption : [];
    const options = answerOptions.length
      ? answerOptions
          .map((o) => {
            if (!isRecord(o)) return undefined;
            const coding = isRecord(o['valueCoding']) ? o['valueCoding'] : {};
            return readText(coding['display']) ?? readText(o['valueString']) ?? readText(coding['code']);
          })
          .filter((o): o is string => o !== undefined)
      : [];
    result.push({
      text: readText(raw.text) ?? '',
      type: typeof raw.type === 'string' ? raw.type : '',
      required: raw.required === true,
      options,
      items: questionsOf(raw.item, depth + 1, budget),
    });
  }
  return result;
}

export function questionnaireSummary(questionnaire: Questionnaire): QuestionnaireSummary {
  return {
    ...(readText(questionnaire.title) ? { title: readText(questionnaire.title)! } : {}),
    ...(readText(questionnaire.description) ? { description: readText(questionnaire.description)! } : {}),
    ...(readText(questionnaire.publisher) ? { publisher: readText(questionnaire.publisher)! } : {}),
    items: questionsOf(questionnaire.item, 0, { left: MAX_QUESTIONS }),
  };
}

function canonicalParts(value: unknown): { url: string; version?: string } | undefined {
  const raw = readText(value);
  if (!raw) return undefined;
  const [url, version] = raw.split('|');
  return url ? { url, ...(version ? { version } : {}) } : undefined;
}

/** The Questionnaire a Task asks the citizen to fill in: `focus`, else `instantiatesCanonical` matched on `url`. */
export function questionnaireFor(task: Task, resources: readonly Resource[], index: ReadonlyMap<string, Resource>): Questionnaire | undefined {
  const byFocus = resolveReference<Questionnaire>(index, referenceOf(task.focus), 'Questionnaire');
  if (byFocus) return byFocus;
  const canonical = canonicalParts(task.instantiatesCanonical);
  if (!canonical) return undefined;
  const matches = resources.filter(
    (r): r is Questionnaire => r.resourceType === 'Questionnaire' && (r as Questionnaire).url === canonical.url,
  );
  return matches.find((q) => canonical.version === undefined || q.version === canonical.version) ?? matches[0];
}

/** Canonical URLs (without version) of forms that Tasks name but that are not among `resources`. */
export function missingQuestionnaireUrls(resources: readonly Resource[]): string[] {
  const index = indexByReference(resources);
  const urls = new Set<string>();
  for (const resource of resources) {
    if (resource.resourceType !== 'Task') continue;
    const task = resource as Task;
    if (questionnaireFor(task, resources, index)) continue;
    const canonical = canonicalParts(task.instantiatesCanonical);
    if (canonical) urls.add(canonical.url);
  }
  return [...urls];
}

export function formItem(task: Task, status: FormStatus, date: Date, resources: readonly Resource[], index: ReadonlyMap<string, Resource>, source: SourceInfo | undefined): FormItem {
  const questionnaire = questionnaireFor(task, resources, index);
  const summary = questionnaire ? questionnaireSummary(questionnaire) : undefined;
  const description = readText(task.description);
  const title = description ?? summary?.title ?? conceptText(task.code) ?? '';
  const from = referenceDisplay(task.requester, index, task) ?? '';
  const due = parseFhirDateTime(task.restriction?.period?.end);
  const link = formLinkOf(task.instantiatesUri);
  return {
    key: `${keyPrefix(source)}/form/${task.id}`,
    kind: 'form',
    id: task.id!,
    sourceId: source?.id ?? '',
    sourceName: source?.name ?? '',
    title,
    from,
    date,
    unread: false,
    attachmentCount: 0,
    searchText: [title, summary?.title ?? '', from, source?.name ?? '', summary?.description ?? ''].join(' ').toLowerCase(),
    status,
    taskStatus: task.status,
    ...(readText(task.statusReason?.text) ? { statusReason: readText(task.statusReason?.text)! } : {}),
    ...(due ? { due } : {}),
    ...(link ? { link } : {}),
    ...(summary ? { questionnaire: summary } : {}),
    resource: task,
  };
}
