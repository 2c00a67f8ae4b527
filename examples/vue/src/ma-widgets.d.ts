// The ma-* tags' attributes and events in Vue's GlobalComponents (ma-widgets/vue).
import type {} from 'ma-widgets/vue';
