import ArgMedSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct FileContentsTests {
  /// A fresh file holding `text`, removed by the caller.
  func temporaryFile(_ text: String) -> String {
    var template = Array("/tmp/argmed-support-XXXXXX".utf8CString)
    let descriptor = mkstemp(&template)
    try? writeAll(Array(text.utf8), to: descriptor)
    close(descriptor)
    return String(cString: template)
  }

  @Test func aFileIsReadWhole() throws {
    let path = temporaryFile("hello")
    defer { unlink(path) }
    #expect(try FileContents.bytes(ofFile: path, limit: 5) == Array("hello".utf8))
  }

  @Test func eachCauseIsItsOwn() {
    let path = temporaryFile("hello")
    defer { unlink(path) }
    #expect(throws: FileReadError(path: path, cause: .tooLarge(size: 5, limit: 4))) {
      try FileContents.bytes(ofFile: path, limit: 4)
    }
    #expect(throws: FileReadError(path: "/tmp", cause: .isDirectory)) {
      try FileContents.bytes(ofFile: "/tmp", limit: 4)
    }
    #expect(throws: FileReadError(path: "/dev/null", cause: .notRegularFile)) {
      try FileContents.bytes(ofFile: "/dev/null", limit: 4, regularFileOnly: true)
    }
    #expect(throws: FileReadError(path: "/no/such", cause: .system(errno: ENOENT))) {
      try FileContents.bytes(ofFile: "/no/such", limit: 4)
    }
  }

  @Test func reasonsAreWordedForPeople() {
    #expect(FileReadError(path: "f", cause: .isDirectory).reason == "it is a directory")
    #expect(
      FileReadError(path: "f", cause: .tooLarge(size: 9, limit: 4)).reason
        == "the file has 9 bytes, more than the limit of 4")
    #expect(
      FileReadError(path: "f", cause: .system(errno: ENOENT)).reason == "No such file or directory")
  }

  @Test func aFullDeviceIsAWriteError() {
    let descriptor = open("/dev/full", O_WRONLY)
    guard descriptor >= 0 else { return }
    defer { close(descriptor) }
    #expect(throws: WriteError(code: ENOSPC)) { try writeAll([1, 2, 3], to: descriptor) }
  }
}

@Suite struct DurationTests {
  @Test func durationsInSeconds() {
    #expect(Duration.milliseconds(1500).inSeconds == 1.5)
    #expect(Duration(roundingToMilliseconds: 0.0015) == .milliseconds(2))
    #expect(Duration(roundingToMilliseconds: -1) == nil)
    #expect(Duration(roundingToMilliseconds: .infinity) == nil)
    #expect(Duration(roundingToMilliseconds: 90_000) == nil)
    #expect(Duration(roundingToMilliseconds: 90_000, longest: 1e6) == .seconds(90_000))
  }
}
