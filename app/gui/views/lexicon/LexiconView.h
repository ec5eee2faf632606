#pragma once
// The trainer's lexicon screen: switch between the grading lexicons, search
// the concepts, and read the selected one's kind, patterns and negation
// rules, the pack criteria that use it and the phrases packs add to it.
// Logic: LexiconModel.
#include "views/View.h"
#include "views/lexicon/LexiconModel.h"

namespace frontline::gui {

struct AppData;

class LexiconView : public View {
public:
    // Reads the packs and lexicons of data, which must outlive the view.
    explicit LexiconView(const AppData& data);
    const char* name() const override { return "lexicon"; }
    const char* titleKey() const override { return "lexicon.title"; }
    void draw(const ViewContext& ctx) override;

private:
    void drawList(const ViewContext& ctx);
    void drawConcept(const ViewContext& ctx, const Concept& c);
    void drawNegation(const ViewContext& ctx, const Concept& c);
    void drawUses(const ViewContext& ctx, const Concept& c);

    LexiconModel model_;
    std::vector<char> query_ = std::vector<char>(256, '\0');
};

} // namespace frontline::gui
