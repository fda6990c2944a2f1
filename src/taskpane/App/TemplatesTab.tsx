import type { WorkbookGateway } from "../../office/gateway";
import type { UiLanguage } from "../../office/host";
import { PriceLevelPanel } from "../PriceLevelPanel";
import { TemplatePanel } from "../TemplatePanel";

export interface TemplatesTabProps {
  readonly language: UiLanguage;
  readonly gateway: WorkbookGateway;
  /** The budget year the templates start from. */
  readonly year: number;
}

/** The templates tab: insert a proposal template, and convert a table's price level. */
export function TemplatesTab({ language, gateway, year }: TemplatesTabProps) {
  return (
    <>
      <TemplatePanel language={language} gateway={gateway} year={year} />
      <PriceLevelPanel language={language} gateway={gateway} year={year} />
    </>
  );
}
