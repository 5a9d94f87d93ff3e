// Defines every element before Vue mounts, so Vue sees their properties and sets data as properties.
import 'gov-portal-elements';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
