/// <reference types="vite/client" />
// JSX typings for the <gov-…> tags (React 19 sets their props as properties and listens with ongov-…).
import type {} from 'gov-portal-elements/react-jsx';
