import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { FUNCTION_CATALOG } from "../functions/catalog";
import { whenHostReady } from "../office/host";
import { App } from "./App";

void whenHostReady().then(({ language, host }) => {
  const container = document.getElementById("root");
  if (container === null) return;
  document.documentElement.lang = language;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} functions={FUNCTION_CATALOG} inExcel={host !== null} />
    </FluentProvider>,
  );
});
