#pragma once
// What the home screen shows for the signed-in person, computed from the
// certification lifecycle: the onboarding checklist by day, the certification
// state and what is still missing, this year's training hours, and the one
// activity to do next. Titles are in the interface language; every other
// word is looked up by the view.
#include <optional>
#include <string>
#include <vector>

#include "certification/CertificationLifecycle.h"
#include "session/ActivityTitles.h"

namespace frontline::gui {

struct HomeItem {
    bool isExam = false;
    std::string id;
    std::string title;
    ItemStatus status = ItemStatus::NotStarted;
    std::optional<int> bestScore;
    int minScore = 0;
};

struct HomeDay {
    int number = 1;
    std::string title;
    bool locked = false;
    bool complete = false;
    int done = 0;
    std::vector<HomeItem> items;
};

// One line of "still missing", as data; the view words it.
struct MissingItem {
    enum class Kind {
        OnboardingItems,     // count onboarding activities not done yet
        CertificationItem,   // title: a certification scenario or the written test without a score
        CertificationFailed, // every item scored, the final score below the pass mark
        AnnualMinutes,       // count minutes of annual training left this year
        AnnualAdvanced,      // count advanced sessions left this year
    };
    Kind kind = Kind::OnboardingItems;
    std::string title;
    int count = 0;
};

struct NextActivity {
    enum class Kind { None, OnboardingItem, CertificationItem, AnnualTraining };
    Kind kind = Kind::None;
    bool isExam = false;
    std::string id;
    std::string title;
    int day = 0; // the onboarding day, for OnboardingItem
};

struct HomeModel {
    std::string name, empno, team;
    CertificationState state = CertificationState::InTraining;
    std::string certifiedOn;
    std::vector<HomeDay> days;
    std::vector<MissingItem> missing;
    std::optional<std::string> finalScore; // exact text, e.g. "83.5", once both components exist
    int passMark = 0;
    int year = 0;
    int minutesDone = 0;
    int minutesRequired = 0;
    int advancedDone = 0;
    int advancedRequired = 0;
    bool annualApplies = false; // this year's training is owed (the year after certification on)
    NextActivity next;

    float hoursFraction() const;
};

HomeModel buildHomeModel(const Trainee& person, const LifecycleEvaluation& evaluation, const Programs& programs,
                         const ActivityTitles& titles, const std::string& language);

} // namespace frontline::gui
