import { createApp } from 'vue';
import 'nhs-role-widgets';
import App from './App.vue';

createApp(App).mount('#app');
