// The ma-* tags' attributes and events in Svelte 5's svelte/elements (ma-widgets/svelte).
import type {} from 'ma-widgets/svelte';
