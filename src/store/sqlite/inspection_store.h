// The SQLite backend of store::InspectionStore (store/inspection_store.h). Internal to store/sqlite.
#pragma once

#include "store/inspection_store.h"
#include "store/sqlite/connection.h"
#include "store/store.h"

namespace boardroom::store::sqlite {

class SqliteInspectionStore final : public InspectionStore {
 public:
  explicit SqliteInspectionStore(Connection& connection) : db_(connection) {}
  Result<Inspection> CreateInspection(const Inspection& inspection) override;
  Result<Inspection> GetInspection(InspectionId id, const Viewer& viewer) override;
  Result<std::optional<Inspection>> FindInspectionByPaper(PaperId paper_id, const Viewer& viewer) override;
  Result<Inspection> UpdateInspection(const Inspection& inspection) override;
  Result<std::vector<Inspection>> ListInspections(const InspectionFilter& filter, const Viewer& viewer,
                                                  const Page& page) override;
  Result<InspectionItem> CreateInspectionItem(const InspectionItem& item) override;
  Result<InspectionItem> GetInspectionItem(InspectionItemId id, const Viewer& viewer) override;
  Result<InspectionItem> UpdateInspectionItem(const InspectionItem& item) override;
  Result<std::vector<InspectionItem>> ListInspectionItems(InspectionId inspection_id,
                                                          const Viewer& viewer) override;
  Result<Acronym> CreateAcronym(const Acronym& acronym) override;
  Result<std::vector<Acronym>> ListAcronyms(const AcronymFilter& filter, const Viewer& viewer,
                                            const Page& page) override;

 private:
  Connection& db_;
};

}  // namespace boardroom::store::sqlite
