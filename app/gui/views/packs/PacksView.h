#pragma once
// The pack library, for trainers: every pack with its validation status, and
// per pack Edit (the editor), Duplicate (asks for a new id) and Export (asks
// where to write the .zip); Import takes a folder or .zip path. The list is
// read again after an import or a duplicate, and the app reloads its packs so
// the other screens see the new one.
#include <array>
#include <string>

#include "ui/Widgets.h"
#include "views/View.h"
#include "views/packs/PacksModel.h"

namespace frontline::gui {

struct AppData;

class PacksView : public View {
public:
    PacksView(AppSession& session, const AppData& data);
    const char* name() const override { return "packs"; }
    const char* titleKey() const override { return "packs.title"; }
    void draw(const ViewContext& ctx) override;

private:
    enum class Form { None, Duplicate, Export };

    void drawImport(const ViewContext& ctx);
    void drawPack(const ViewContext& ctx, size_t index);
    void drawDuplicateForm(const ViewContext& ctx, size_t index);
    void drawExportForm(const ViewContext& ctx, size_t index);
    void drawResult(const ViewContext& ctx, const PackActionResult& result);
    void openForm(Form form, size_t index);

    AppSession& session_;
    PacksModel model_;
    CardStack cards_;
    std::string home_;
    std::array<char, 1024> importPath_{};
    bool focusImport_ = true; // the path field takes the keys when the screen opens
    PackActionResult importResult_;
    Form form_ = Form::None;
    size_t formPack_ = 0;
    std::array<char, 128> newId_{};
    std::array<char, 512> newTitle_{};
    std::array<char, 1024> exportPath_{};
    bool overwrite_ = false;
    // The last duplicate or export, shown under the pack it was about.
    PackActionResult packResult_;
    std::string packResultDir_;
};

} // namespace frontline::gui
