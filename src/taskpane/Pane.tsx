import { FluentProvider, type GriffelRenderer, RendererProvider, webLightTheme } from "@fluentui/react-components";
import { App, type AppProps } from "./App";

export interface PaneProps extends AppProps {
  /** Griffel's renderer: one per page in the browser (it takes over the pre-rendered styles), one per render at build time. */
  readonly renderer: GriffelRenderer;
  /**
   * Where Griffel takes the page's styles over from (RendererProvider's targetDocument); in the
   * browser an empty document, since index.tsx has done so already (paneStyles.ts).
   */
  readonly stylesFrom?: Document;
}

/**
 * The whole pane, as the page renders it in Excel and as the build pre-renders it into
 * taskpane.html (src/taskpane/prerender.tsx): the same tree on both sides, so the browser hydrates
 * the pre-rendered markup instead of building it again.
 */
export function Pane({ renderer, stylesFrom, ...app }: PaneProps) {
  return (
    <RendererProvider renderer={renderer} targetDocument={stylesFrom}>
      <FluentProvider theme={webLightTheme}>
        <App {...app} />
      </FluentProvider>
    </RendererProvider>
  );
}
