/**
 * FHIR resources -> the inbox's view model; pure functions, no DOM. One file per job:
 *
 * - `model/types.ts` — the view model (items, messages, attachments, forms, letters)
 * - `model/items.ts` — one source's resources -> items, problems and what is left out
 * - `model/threads.ts` — messages (Communication) and how they make threads; unread; search text
 * - `model/forms.ts` — form tasks (Task -> Questionnaire): status, questions, the form's deep link
 * - `model/letters.ts` — which DocumentReferences are letters, and what is shown of one
 * - `model/attachments.ts` — files: type, size, inline base64 or a URL
 * - `model/filters.ts` — sort order, search and filters
 * - `model/replies.ts` — the resources a reply and "mark read" write, and the thread after them
 */
export {
  THREAD_ID_SYSTEM,
  IDEMPOTENCY_SYSTEM,
  type InboxKind,
  type FormStatus,
  type AttachmentFormat,
  type SourceInfo,
  type AttachmentView,
  type BodyPart,
  type MessageView,
  type ThreadItem,
  type QuestionView,
  type QuestionnaireSummary,
  type FormLink,
  type FormItem,
  type LetterItem,
  type InboxItem,
  type MappedInbox,
} from './model/types.js';
// Base64 is read by core's one rule (strict, whitespace allowed); re-exported as the inbox's API always had it.
export { base64Size, decodeBase64, decodeBase64Text } from '@hn-elements/core';
export { isFromCitizen, isUnread, missingAttachmentIds } from './model/threads.js';
export { formLinkOf, formStatusOf, questionnaireSummary, questionnaireFor, missingQuestionnaireUrls } from './model/forms.js';
export { isLetter } from './model/letters.js';
export { toInboxItems } from './model/items.js';
export { sortInbox, NO_FILTER, isFiltered, filterInbox, itemReferences, type InboxFilter } from './model/filters.js';
export { replyCommunication, readCommunication, withMessage, withReadMessages, withLocallyRead, type ReplyContext } from './model/replies.js';
