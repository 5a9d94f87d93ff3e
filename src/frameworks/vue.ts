// Vue 3 typings for the gov- tags: with them, vue-tsc checks the props and event handlers written in
// templates (`:items`, `:ticker-speed`, `@gov-load`). Types only: `import type {} from
// 'gov-portal-elements/vue'` once in the app turns them on. Vue itself must treat the tags as custom
// elements: `compilerOptions.isCustomElement: (tag) => tag.startsWith('gov-')`.
import type { DefineComponent } from 'vue';
import type { GovEventsOf, GovPropsOf, GovTag, PascalCase } from './elements.js';

/** `onGovLoad`, `onGovError`…: how Vue names the handlers of `@gov-load`, `@gov-error`…. */
type VueEventProps<Tag extends GovTag> = {
  [Name in keyof GovEventsOf<Tag> & string as `on${PascalCase<Name>}`]?: (event: GovEventsOf<Tag>[Name]) => void;
};

/** The props vue-tsc checks on a gov- tag: its data properties and its events. */
export type GovVueProps<Tag extends GovTag> = GovPropsOf<Tag> & VueEventProps<Tag>;

/** Every gov- tag as a component type for templates. */
export type GovVueComponents = { [Tag in GovTag]: DefineComponent<GovVueProps<Tag>> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends GovVueComponents {}
}
