/// <reference types="vite/client" />
// Template typings for the <gov-…> tags: vue-tsc checks their props and @gov-… handlers.
import type {} from 'gov-portal-elements/vue';
