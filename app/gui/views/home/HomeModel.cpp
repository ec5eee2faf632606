#include "views/home/HomeModel.h"

#include <algorithm>

namespace frontline::gui {

namespace {

std::string itemTitle(const ActivityTitles& titles, bool isExam, const std::string& id, const std::string& language) {
    return isExam ? titles.exam(id, language) : titles.scenario(id, language);
}

// The certification items (scenarios, then the written test) that still need a counted score.
std::vector<const CertificationItem*> unscoredCertificationItems(const CertificationResult& c) {
    std::vector<const CertificationItem*> out;
    for (const auto& s : c.scenarios)
        if (!s.score) out.push_back(&s);
    if (!c.written.score) out.push_back(&c.written);
    return out;
}

NextActivity nextActivity(const HomeModel& m, const LifecycleEvaluation& e, const ActivityTitles& titles, const std::string& language) {
    NextActivity next;
    for (const auto& day : m.days) {
        if (day.locked || day.complete) continue;
        for (const auto& item : day.items) {
            if (item.status == ItemStatus::Done) continue;
            return {NextActivity::Kind::OnboardingItem, item.isExam, item.id, item.title, day.number};
        }
    }
    if (!e.certified && e.onboarding.allDaysComplete() && !e.certification.noAttemptsLeft) {
        auto unscored = unscoredCertificationItems(e.certification);
        // Every item scored but failed: retake the first item with attempts left.
        const CertificationItem* item = unscored.empty() ? nullptr : unscored.front();
        if (!item) {
            for (const auto& s : e.certification.scenarios)
                if (!item && s.left > 0) item = &s;
            if (!item && e.certification.written.left > 0) item = &e.certification.written;
        }
        if (item)
            return {NextActivity::Kind::CertificationItem, item->isWritten, item->id,
                    itemTitle(titles, item->isWritten, item->id, language), 0};
    }
    if (m.annualApplies && (e.currentYear.minutesLeft > 0 || e.currentYear.advancedLeft > 0))
        next.kind = NextActivity::Kind::AnnualTraining;
    return next;
}

} // namespace

float HomeModel::hoursFraction() const {
    if (minutesRequired <= 0) return 1.0f;
    return std::clamp(static_cast<float>(minutesDone) / static_cast<float>(minutesRequired), 0.0f, 1.0f);
}

HomeModel buildHomeModel(const Trainee& person, const LifecycleEvaluation& e, const Programs& programs, const ActivityTitles& titles,
                         const std::string& language) {
    HomeModel m;
    m.name = person.name;
    m.empno = person.empno;
    m.team = person.team;
    m.state = e.state;
    m.certifiedOn = e.certifiedOn;

    int onboardingLeft = 0;
    for (const auto& d : e.onboarding.days) {
        HomeDay day{d.number, inLanguage(d.title, language), d.locked, d.complete, d.doneCount(), {}};
        for (const auto& i : d.items) {
            day.items.push_back({i.isExam, i.id, itemTitle(titles, i.isExam, i.id, language), i.status, i.bestScore, i.minScore});
            if (i.status != ItemStatus::Done) ++onboardingLeft;
        }
        m.days.push_back(std::move(day));
    }

    const CertificationResult& c = e.certification;
    m.passMark = programs.onboarding.certification.passMark;
    if (c.finalScore) m.finalScore = c.finalScore->text();
    if (!e.certified) {
        if (onboardingLeft > 0) m.missing.push_back({MissingItem::Kind::OnboardingItems, {}, onboardingLeft});
        for (const auto* item : unscoredCertificationItems(c))
            m.missing.push_back({MissingItem::Kind::CertificationItem, itemTitle(titles, item->isWritten, item->id, language), 0});
        if (c.complete && !c.passed) m.missing.push_back({MissingItem::Kind::CertificationFailed, {}, 0});
    }

    const AnnualYear& y = e.currentYear;
    m.year = y.year;
    m.minutesDone = y.minutesDone;
    m.minutesRequired = y.minutesRequired > 0 ? y.minutesRequired : programs.annual.requiredMinutes;
    m.advancedDone = y.advancedDone;
    m.advancedRequired = y.advancedRequired > 0 ? y.advancedRequired : programs.annual.advancedSessions;
    m.annualApplies = e.annualApplies;
    if (e.annualApplies) {
        if (y.minutesLeft > 0) m.missing.push_back({MissingItem::Kind::AnnualMinutes, {}, y.minutesLeft});
        if (y.advancedLeft > 0) m.missing.push_back({MissingItem::Kind::AnnualAdvanced, {}, y.advancedLeft});
    }
    m.next = nextActivity(m, e, titles, language);
    return m;
}

} // namespace frontline::gui
