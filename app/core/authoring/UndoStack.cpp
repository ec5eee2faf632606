#include "authoring/UndoStack.h"

namespace frontline {

void UndoStack::push(EditStep step) {
    burstOpen_ = step.typing;
    done_.push_back(std::move(step));
    undone_.clear();
}

EditStep* UndoStack::openBurst(const std::string& field) {
    if (!burstOpen_ || done_.empty() || !done_.back().typing || done_.back().field != field) return nullptr;
    return &done_.back();
}

const EditStep* UndoStack::undo() {
    burstOpen_ = false;
    if (done_.empty()) return nullptr;
    undone_.push_back(std::move(done_.back()));
    done_.pop_back();
    return &undone_.back();
}

const EditStep* UndoStack::redo() {
    burstOpen_ = false;
    if (undone_.empty()) return nullptr;
    done_.push_back(std::move(undone_.back()));
    undone_.pop_back();
    return &done_.back();
}

} // namespace frontline
