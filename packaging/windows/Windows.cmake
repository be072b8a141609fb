# Windows: the executable's icon and version resource, Qt's runtime next to the executable
# (windeployqt through Qt's deploy script), QtKeychain and the MSVC runtime, and an NSIS installer.
# Included from packaging/CMakeLists.txt; packaging/README.md shows the CI runner's commands.

set(KAC_WINDOWS_ICON "${CMAKE_CURRENT_SOURCE_DIR}/icons/kraken-agent-console.ico")
configure_file(windows/kraken-agent-console.rc.in
    "${CMAKE_CURRENT_BINARY_DIR}/kraken-agent-console.rc" @ONLY)
target_sources(kraken-agent-console PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/kraken-agent-console.rc")

# windeployqt copies Qt's DLLs and plugins only; QtKeychain and the compiler runtime are ours.
install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Gumbo (the HTML5 parser behind models/conversations/HtmlSanitizer) comes from vcpkg's `gumbo`
# port through its gumbo.pc; pkg-config's imported target names no DLL, so gumbo.dll is found
# beside the prefix pkg-config reported and installed next to the executable.
find_file(KAC_GUMBO_DLL NAMES gumbo.dll libgumbo-1.dll libgumbo.dll
    HINTS "${KAC_GUMBO_PREFIX}/bin" REQUIRED)
install(FILES "${KAC_GUMBO_DLL}" DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# Qt 6.4: runs windeployqt on the installed executable and writes qt.conf beside it.
qt_generate_deploy_app_script(TARGET kraken-agent-console
    FILENAME_VARIABLE KAC_DEPLOY_SCRIPT
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${KAC_DEPLOY_SCRIPT}")

set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_NSIS_PACKAGE_NAME "Kraken Agent Console")
set(CPACK_NSIS_DISPLAY_NAME "Kraken Agent Console")
set(CPACK_NSIS_MUI_ICON "${KAC_WINDOWS_ICON}")
set(CPACK_NSIS_MUI_UNIICON "${KAC_WINDOWS_ICON}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\kraken-agent-console.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON) # upgrades replace the previous version
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# Screen pops (README "Screen pop"): kraken-agent-console://pop?... URLs open the console, which
# hands them to the one already running. Per machine, removed again on uninstall.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKLM "Software\Classes\kraken-agent-console" "" "URL:Kraken Agent Console screen pop"
  WriteRegStr HKLM "Software\Classes\kraken-agent-console" "URL Protocol" ""
  WriteRegStr HKLM "Software\Classes\kraken-agent-console\DefaultIcon" "" "$INSTDIR\bin\kraken-agent-console.exe,0"
  WriteRegStr HKLM "Software\Classes\kraken-agent-console\shell\open\command" "" '"$INSTDIR\bin\kraken-agent-console.exe" "%1"'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKLM "Software\Classes\kraken-agent-console"
]=])
