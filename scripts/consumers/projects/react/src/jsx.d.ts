// The JSX types generated from each package's custom-elements.json ("<package>/jsx"): React's JSX
// learns the hn-* tags, their attributes and properties, and `onhn-*` event props with typed
// details (React 19 adds a listener for an `on<event>` prop on a custom element).
import type { CustomElements as ToolCatalogueElements } from '@hn-elements/tool-catalogue/jsx';
import type { CustomElements as JournalViewerElements } from '@hn-elements/journal-viewer/jsx';
import type { CustomElements as ReferralsElements } from '@hn-elements/referrals/jsx';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends ToolCatalogueElements, JournalViewerElements, ReferralsElements {}
  }
}
