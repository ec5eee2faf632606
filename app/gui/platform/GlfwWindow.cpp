#include "platform/GlfwWindow.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <cstdlib>
#include <imgui.h>

namespace frontline::gui {

namespace {

std::string g_lastGlfwError; // GLFW reports errors through a C callback

void onGlfwError(int, const char* description) { g_lastGlfwError = description ? description : "unknown GLFW error"; }

bool envSet(const char* name) {
    const char* v = std::getenv(name);
    return v && *v;
}

} // namespace

GlfwWindow::~GlfwWindow() {
    if (imguiReady_) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
    if (window_) glfwDestroyWindow(window_);
    if (glfwReady_) glfwTerminate();
}

bool GlfwWindow::displayConfigured() { return envSet("DISPLAY") || envSet("WAYLAND_DISPLAY"); }

WindowStatus GlfwWindow::open(const WindowSpec& spec, std::string& message) {
    glfwSetErrorCallback(onGlfwError);
    if (!displayConfigured() || !glfwInit()) {
        message = g_lastGlfwError;
        return WindowStatus::NoDisplay;
    }
    glfwReady_ = true;
    // GL 3.0 + GLSL 130, as Dear ImGui's GLFW example does on Linux.
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_VISIBLE, spec.visible ? GLFW_TRUE : GLFW_FALSE);
    window_ = glfwCreateWindow(spec.width, spec.height, spec.title.c_str(), nullptr, nullptr);
    if (!window_) {
        message = "cannot create a window: " + g_lastGlfwError;
        return WindowStatus::Failed;
    }
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
    glfwSetWindowUserPointer(window_, this);
    glfwSetKeyCallback(window_, onKey); // installed first so the ImGui backend chains to it

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // no imgui.ini dropped in the working folder
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(window_, true);
    ImGui_ImplOpenGL3_Init("#version 130");
    imguiReady_ = true;
    return WindowStatus::Ok;
}

void GlfwWindow::onKey(GLFWwindow* window, int key, int, int action, int mods) {
    if (key == GLFW_KEY_Q && action == GLFW_PRESS && (mods & GLFW_MOD_CONTROL)) glfwSetWindowShouldClose(window, GLFW_TRUE);
}

bool GlfwWindow::shouldClose() const { return glfwWindowShouldClose(window_); }
void GlfwWindow::requestClose() { glfwSetWindowShouldClose(window_, GLFW_TRUE); }
void GlfwWindow::waitEvents(double timeoutSeconds) { glfwWaitEventsTimeout(timeoutSeconds); }
void GlfwWindow::pollEvents() { glfwPollEvents(); }

void GlfwWindow::beginFrame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
}

void GlfwWindow::render(float r, float g, float b) {
    ImGui::Render();
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(r, g, b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void GlfwWindow::present() { glfwSwapBuffers(window_); }

void GlfwWindow::windowSize(int& width, int& height) const { glfwGetWindowSize(window_, &width, &height); }

void GlfwWindow::rebuildFontTexture() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void GlfwWindow::framebufferSize(int& width, int& height) const { glfwGetFramebufferSize(window_, &width, &height); }

} // namespace frontline::gui
