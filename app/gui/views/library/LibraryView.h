#pragma once
// The scenario library: packs and their scenarios on the left, the selected
// scenario (or pack) in detail on the right. It paints a LibraryModel built
// beforehand; the only state it adds is the selection.
#include "views/View.h"
#include "views/library/LibraryModel.h"

namespace frontline::gui {

struct LibrarySelection {
    int pack = 0;     // index into model.packs, -1 for none
    int scenario = 0; // index into that pack's scenarios, -1 for the pack itself
};

class LibraryView : public View {
public:
    explicit LibraryView(LibraryModel model);
    const char* name() const override { return "library"; }
    const char* titleKey() const override { return "library.title"; }
    void draw(const ViewContext& ctx) override;

    const LibrarySelection& selection() const { return selection_; }

private:
    void drawList(const ViewContext& ctx);
    void drawPackRow(const ViewContext& ctx, const PackItem& pack, int packIndex);
    void drawScenarioRow(const ViewContext& ctx, const ScenarioItem& s, int packIndex, int scenarioIndex);
    void drawScenarioDetails(const ViewContext& ctx, const PackItem& pack, const ScenarioItem& s);
    void drawPackDetails(const ViewContext& ctx, const PackItem& pack);
    void drawEmpty(const ViewContext& ctx);

    LibraryModel model_;
    LibrarySelection selection_;
};

} // namespace frontline::gui
