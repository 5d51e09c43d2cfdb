export * from './session.js';
export { HnElement, type EmitOptions, type AuthRequiredDetail } from './hn-element.js';
// Also brings the tag and event maps of core's elements (HTMLElementTagNameMap, HTMLElementEventMap).
export type { EmptyDetail, CoreEventMap } from './dom-types.js';
export { defineElement } from './define-element.js';
export { defineMicroFrontend, type MicroFrontendLifecycles, type MicroFrontendProps } from './mfe.js';
export { defineMessages, translate, type Catalogue, type Message, type PartialCatalogue } from './i18n/messages.js';
export { LocaleMessages, LocaleMessagesController, type Words } from './i18n/locale-messages.js';
export { coreMessages, type CoreMessageKey } from './i18n/core-messages.js';
export { sourceLanguage, DEFAULT_SOURCE_LANGUAGE } from './i18n/source-language.js';
export { formatDateTime, formatList, formatNumber, intlLocale, osloDayKey, TIME_ZONE, type DateStyle } from './i18n/locale-format.js';
export { FhirClient, type FhirClientOptions, type SearchParams, type SearchResult, type VersionedResource, type CallOptions } from './fhir/client.js';
export { FhirError, authRequiredSources, isAbort, parseRetryAfter, type FhirErrorKind } from './fhir/errors.js';
export { searchSources, incompleteSources, AllSourcesFailedError, type SourceOutcome, type SourceSuccess, type SourceFailure, type MultiSearchOptions } from './fhir/multi-source.js';
export { readBundle, resourceShapeProblem, indexByReference, resolveReference, referenceKey, referenceType, isRecord, listOf, type ResourceProblem, type BundleContents } from './fhir/validate.js';
export { fhirErrorMessage, fhirErrorDiagnostics, fhirErrorKey, fhirErrorSentences, loadErrorMessage, MAX_DIAGNOSTICS_LENGTH } from './fhir/error-message.js';
export { readHostBundle, problemsOfTypes, itemsFromBundle, itemsFromOutcomes, combineSearches, type ResourceReading, type LoadedItems } from './fhir/loader-frame.js';
export type * from './fhir/types.js';
export { readHandoffLink, type HandoffLink } from './fhir/handoff-link.js';
export { documentKind, DOCUMENT_CATEGORY_SYSTEM, LETTER_CATEGORY_CODES, type DocumentKind } from './fhir/documents.js';
export { taskKind, TASK_CODE_SYSTEM, type TaskKind } from './fhir/tasks.js';
export { readFhirDateTime, parseFhirDateTime, parseFhirInstant, readPeriod, type FhirMoment, type FhirDatePrecision, type ReadPeriod } from './fhir/dates.js';
export { sanitizeHtml, sanitizeHtmlToString, sanitizeHtmlTrusted } from './sanitize.js';
export { absoluteUrl, fhirBaseUrl, handoffUrl, isBelowBase, isLoopbackHost, safeHttpsUrl } from './url-policy.js';
export { looksLikePdf, safeFileName, saveBlob, type FileNameOptions } from './files.js';
export { LoadController, type LoadState } from './controllers/load-controller.js';
export {
  SourcesLoadController,
  reflectBusy,
  sessionSourcesKey,
  type SourcesData,
  type SourcesLoadInput,
  type SourcesLoadOptions,
} from './controllers/sources-load-controller.js';
export { DataFrameController, type DataFrameOptions, type FrameData, type FrameView } from './controllers/data-frame-controller.js';
export { onBehalfBanner, noAccessState, loadErrorState, loadingState, loadNotices, type NoticeData } from './templates/data-frame.js';
export { RovingTabindexController, type RovingTabindexOptions } from './controllers/roving-tabindex.js';
export { HnState, type StateKind } from './elements/hn-state.js';
export { HnSourcesNotice, type SourceNoticeFailure } from './elements/hn-sources-notice.js';
export { HnOnBehalfBanner } from './elements/hn-on-behalf-banner.js';
export { HnStatusBadge, type BadgeTone } from './elements/hn-status-badge.js';
export { HnSourceLabel } from './elements/hn-source-label.js';
export { statusBadge } from './templates/status-badge.js';
export { fromSource, sourceLabel } from './templates/source-label.js';
export { withSourceWords } from './templates/source-words.js';
export { loadErrorWords, sourceErrorWords } from './templates/source-errors.js';
export { listHint, LIST_HINT_ID } from './templates/list-hint.js';
export { itemLimit } from './item-limit.js';
export { hostPageUrl, offerNavigation, type NavigateDetail } from './navigate.js';
export { HnConfirmDialog } from './elements/hn-confirm-dialog.js';
export { readText, conceptText, humanNameText, resourceName, referenceDisplay, withoutUnpairedBidi } from './fhir/readers.js';
export { htmlToText } from './html-text.js';
export { deepActiveElement, focusIsLost } from './focus.js';
export { WidthController, type WidthControllerOptions } from './width-controller.js';
export { fitSourceHtml } from './html-fitting.js';
export { noteNewTabLinks } from './new-tab-note.js';
export { attachmentLocation, readAttachment, type AttachmentLocation, type AttachmentContent, type ReadAttachmentOptions } from './fhir/attachment-content.js';
export { Announcer } from './controllers/announcer.js';
export { FocusRescueController, type FocusRescueOptions } from './controllers/focus-rescue.js';
export { FragmentTargetController, type FragmentTargetOptions, type FragmentReveal } from './controllers/fragment-target.js';
export { itemFragment, itemTargetFrom, isItemTarget, type ItemTarget } from './item-fragment.js';
export { summaryList, summaryPlaceholder, SummaryForm, type SummaryRow, type SummaryOptions, type SummaryHost, type SummaryWords } from './templates/summary-list.js';
export { VirtualRovingTabindexController, type VirtualRovingTabindexOptions } from './controllers/virtual-roving-tabindex.js';
export { ageOn, representedAge, parentalReach, type ParentalReach } from './representation-age.js';
export { decodeBase64, decodeBase64Text, base64Size } from './base64-text.js';
