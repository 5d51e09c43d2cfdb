import type { Communication, DocumentReference, Resource, Task } from '@hn-elements/core';
import { indexByReference, parseFhirDateTime, taskKind, type ResourceProblem } from '@hn-elements/core';
import { formItem, formStatusOf } from './forms.js';
import { isLetter, letterItem } from './letters.js';
import { keyPrefix, problemFor } from './shared.js';
import { HIDDEN_MESSAGE, KNOWN_MESSAGE, messageView, threadsOf } from './threads.js';
import type { InboxItem, MappedInbox, MessageView, SourceInfo } from './types.js';

// One source's resources -> inbox items: what is shown, what is left out, what is a problem.

/**
 * FHIR resources from one source (Communications, Tasks, Questionnaires, DocumentReferences) ->
 * inbox items. Resources that cannot be shown truthfully become problems; resources that are not
 * for the citizen (drafts, data-entry errors, documents that are not letters) are left out.
 */
export function toInboxItems(resources: readonly Resource[], source: SourceInfo | undefined): MappedInbox {
  const index = indexByReference(resources);
  const problems: ResourceProblem[] = [];
  const items: InboxItem[] = [];
  const messages: { view: MessageView; communication: Communication }[] = [];
  const sourceKey = keyPrefix(source);
  resources.forEach((resource, position) => {
    switch (resource.resourceType) {
      case 'Communication': {
        const communication = resource as Communication;
        if (typeof communication.id !== 'string') return void problems.push(problemFor(position, resource, 'missing id'));
        if (!KNOWN_MESSAGE.includes(communication.status)) return void problems.push(problemFor(position, resource, 'unknown status'));
        if (HIDDEN_MESSAGE.includes(communication.status)) return;
        const sent = parseFhirDateTime(communication.sent);
        if (!sent) return void problems.push(problemFor(position, resource, 'missing or invalid sent'));
        messages.push({ view: messageView(communication, sent, index, sourceKey), communication });
        return;
      }
      case 'Task': {
        const task = resource as Task;
        // The receiver's work on a referral is that referral's state (core's taskKind), not a form.
        if (taskKind(task) === 'fulfilment') return;
        if (typeof task.id !== 'string') return void problems.push(problemFor(position, resource, 'missing id'));
        const status = formStatusOf(task.status);
        if (!status) return void problems.push(problemFor(position, resource, 'unknown status'));
        if (status === 'hidden') return;
        const date = parseFhirDateTime(task.authoredOn) ?? parseFhirDateTime(task.lastModified);
        if (!date) return void problems.push(problemFor(position, resource, 'missing authoredOn'));
        items.push(formItem(task, status, date, resources, index, source));
        return;
      }
      case 'DocumentReference': {
        const document = resource as DocumentReference;
        if (!isLetter(document)) return;
        if (typeof document.id !== 'string') return void problems.push(problemFor(position, resource, 'missing id'));
        if (document.status === 'entered-in-error' || document.status === 'superseded') return;
        const first = Array.isArray(document.content) ? document.content[0]?.attachment : undefined;
        const date = parseFhirDateTime(document.date) ?? parseFhirDateTime(first?.creation);
        if (!date) return void problems.push(problemFor(position, resource, 'missing date'));
        items.push(letterItem(document, date, index, source));
        return;
      }
      default:
        return;
    }
  });
  items.push(...threadsOf(messages, index, source));
  return { items, problems };
}
