// The tags in JSX, typed from the package's custom-elements.json (ma-widgets/jsx).
import type { CustomElements } from 'ma-widgets/jsx';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
