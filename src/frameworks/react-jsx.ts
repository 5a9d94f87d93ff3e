// JSX typings for the gov- tags in React 19, which sets a prop as a property when the element has it
// (`items`, `ticker`…), as an attribute otherwise (`page-size`), and listens for `ongov-load`.
// Types only: `import type {} from 'gov-portal-elements/react-jsx'` once in the app turns them on.
import type { HTMLAttributes, Key, Ref } from 'react';
import type { GovElementOf, GovEventsOf, GovPropsOf, GovTag } from './elements.js';

/** `ongov-load`, `ongov-error`…: React 19 adds a listener for the event named after `on`. */
type JsxEventProps<Tag extends GovTag> = {
  [Name in keyof GovEventsOf<Tag> & string as `on${Name}`]?: (event: GovEventsOf<Tag>[Name]) => void;
};

/** The JSX props of a gov- tag: its data properties, its events, and the usual HTML attributes. */
export type GovJsxProps<Tag extends GovTag> = GovPropsOf<Tag> &
  JsxEventProps<Tag> &
  Omit<HTMLAttributes<GovElementOf<Tag>>, keyof GovPropsOf<Tag>> & {
    ref?: Ref<GovElementOf<Tag>>;
    key?: Key | null;
  };

/** Every gov- tag with its JSX props. */
export type GovIntrinsicElements = { [Tag in GovTag]: GovJsxProps<Tag> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends GovIntrinsicElements {}
  }
}
