# macOS: bundle metadata and icon, Qt's frameworks and plugins inside the bundle (macdeployqt
# through Qt's deploy script), and a drag-to-Applications disk image.
# Included from packaging/CMakeLists.txt; packaging/README.md shows the CI runner's commands.

set(KAC_MACOS_ICON "${CMAKE_CURRENT_SOURCE_DIR}/icons/kraken-agent-console.icns")
target_sources(kraken-agent-console PRIVATE "${KAC_MACOS_ICON}")
set_source_files_properties("${KAC_MACOS_ICON}" TARGET_DIRECTORY kraken-agent-console
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(kraken-agent-console PROPERTIES
    MACOSX_BUNDLE_BUNDLE_NAME "Kraken Agent Console"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${KAC_APP_ID}"
    MACOSX_BUNDLE_ICON_FILE kraken-agent-console.icns
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_LONG_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "${KAC_PACKAGE_VENDOR}"
    # CMake's bundle keys plus CFBundleURLTypes: the kraken-agent-console:// screen-pop scheme
    # (macOS delivers such a URL to the running console as a QFileOpenEvent).
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in")

# Qt 6.4: runs macdeployqt on the installed bundle. It copies every non-system dylib the
# executable links into Contents/Frameworks: QtKeychain's and Gumbo's (Homebrew `gumbo-parser`,
# found through its gumbo.pc: the HTML5 parser behind models/conversations/HtmlSanitizer).
qt_generate_deploy_app_script(TARGET kraken-agent-console
    FILENAME_VARIABLE KAC_DEPLOY_SCRIPT
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${KAC_DEPLOY_SCRIPT}")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Kraken Agent Console")
set(CPACK_DMG_FORMAT UDZO)
