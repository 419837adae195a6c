/** Where a line's checklist and its draft editor live. */
export const checklistPath = (lineId: string) => `/catalog/lines/${lineId}/checklist`;
export const draftPath = (lineId: string) => `${checklistPath(lineId)}/draft`;
