#pragma once
// Beside the editor's node form: type a reply to the selected node and see at
// once everything the grader makes of it (score, each criterion met or missed
// with the words that met it, forbidden behaviour, the nearest model answer
// and similarity, tips), to tune criteria and model answers; or play the
// scenario from that node to an ending. Logic: TryReplyModel.
#include <cstdint>
#include <string>
#include <vector>

#include "grading/Lexicon.h"
#include "scenario/Pack.h"
#include "views/View.h"
#include "views/editor/TryReplyModel.h"

namespace frontline::gui {

class TryReplyPanel {
public:
    // Fills the available region. A different nodeId clears the reply and the
    // result. revision changes whenever scenario does (ScenarioDocument::revision):
    // only then is the last reply's grade checked against the node's rubric.
    void draw(const ViewContext& ctx, const Scenario& scenario, uint64_t revision, const std::string& nodeId, const LexiconSet& lexicons);
    // The pack's language (selects the lexicon); unset, it is guessed from the scenario's text.
    void setLanguage(const std::string& language) { model_.setLanguage(language); }

private:
    void drawTry(const ViewContext& ctx, const Scenario& scenario, const LexiconSet& lexicons);
    void drawResult(const ViewContext& ctx, const TriedReply& r, const Node& node);
    void drawPlaytest(const ViewContext& ctx, const Scenario& scenario, const LexiconSet& lexicons);
    bool replyBox(const ViewContext& ctx, const char* id); // true on Ctrl+Enter
    void drawProblem(const ViewContext& ctx, const Scenario& scenario);
    void clearReply();

    TryReplyModel model_;
    std::string scenarioId_;
    std::string nodeId_;
    std::vector<char> reply_ = std::vector<char>(4096, '\0');
    TryProblem problem_ = TryProblem::None;
    bool regraded_ = false;        // the rubric changed and the last reply was graded again
    uint64_t checkedRevision_ = 0; // the scenario revision the last grade was last checked against
    bool focusReply_ = false;
    int scrollFrames_ = 0; // frames left to keep the playtest scrolled to its end
};

} // namespace frontline::gui
