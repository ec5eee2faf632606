#pragma once
// The one OS window: GLFW window, OpenGL 3 context and the Dear ImGui context
// with its GLFW/OpenGL3 backends, set up and torn down together.
#include <string>

struct GLFWwindow;

namespace frontline::gui {

struct WindowSpec {
    std::string title;
    int width = 1280;
    int height = 800;
    bool visible = true; // screenshot mode renders into a hidden window
};

enum class WindowStatus { Ok, NoDisplay, Failed };

class GlfwWindow {
public:
    GlfwWindow() = default;
    GlfwWindow(const GlfwWindow&) = delete;
    GlfwWindow& operator=(const GlfwWindow&) = delete;
    ~GlfwWindow();

    // True when DISPLAY or WAYLAND_DISPLAY is set; GLFW would fail without one.
    static bool displayConfigured();

    // Creates the window and the ImGui context; message explains a failure.
    // Add fonts after this and before the first beginFrame().
    WindowStatus open(const WindowSpec& spec, std::string& message);

    bool shouldClose() const;
    void requestClose();
    // Blocks until input arrives or timeout passes, so an idle app uses no CPU.
    void waitEvents(double timeoutSeconds);
    void pollEvents();

    void beginFrame();
    // Renders the ImGui frame into the back buffer; present() shows it.
    void render(float r, float g, float b);
    void present();
    void framebufferSize(int& width, int& height) const;
    void windowSize(int& width, int& height) const;
    // Uploads the font atlas again after its fonts changed (size, scale); call between frames.
    void rebuildFontTexture();

private:
    static void onKey(GLFWwindow* window, int key, int scancode, int action, int mods);

    GLFWwindow* window_ = nullptr;
    bool glfwReady_ = false;
    bool imguiReady_ = false;
};

} // namespace frontline::gui
