import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { officeRunner, workbookGateway } from "../office/gateway";
import { whenHostReady } from "../office/host";
import { App } from "./App";
import { currentSchoolYear } from "./format";

void whenHostReady().then(({ language, host, excel, platform, version, displayLanguage, requirements }) => {
  const container = document.getElementById("root");
  if (container === null) return;
  document.documentElement.lang = language;
  const gateway = host === "Excel" && excel !== null ? workbookGateway(officeRunner, excel) : null;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App
        language={language}
        gateway={gateway}
        schoolYear={currentSchoolYear(new Date())}
        about={host === null ? undefined : { host, platform, version, displayLanguage, requirements }}
      />
    </FluentProvider>,
  );
});
