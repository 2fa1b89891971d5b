extension ArgumentationFramework {
  /// The grounded labelling: the least fixpoint of the characteristic
  /// function, in, out and undecided.
  ///
  /// Unattacked arguments are in; whatever an in argument attacks is out;
  /// an argument all of whose attackers are out is in; the rest is
  /// undecided. The propagation keeps a count of the attackers not yet out
  /// and a work list, so it never recurses: a chain of millions of arguments
  /// needs no stack.
  ///
  /// ```swift
  /// // a → b → c
  /// framework.groundedLabelling().inArguments  // {0, 2}
  /// ```
  ///
  /// - SeeAlso: Nofal, Atkinson and Dunne, "Computing grounded extensions of
  ///   abstract argumentation frameworks", The Computer Journal 64(1), 2021.
  /// - Complexity: O(*n* + *m*): each attack is followed at most twice.
  public func groundedLabelling() -> Labelling {
    leastCompleteLabelling(containing: .empty)
  }

  /// The labelling of the least complete extension that contains the
  /// admissible set `admissible`: the fixpoint of the characteristic
  /// function reached from it, by the same propagation as the grounded
  /// labelling.
  ///
  /// - Precondition: `admissible` is admissible.
  /// - Complexity: O(*n* + *m*).
  func leastCompleteLabelling(containing admissible: ArgumentSet) -> Labelling {
    let n = argumentCount
    var labels = [Label](repeating: .undecided, count: n)
    var remainingAttackers = [Int32](repeating: 0, count: n)
    var queue: [Int32] = []
    queue.reserveCapacity(n)
    for argument in admissible {
      labels[argument] = .in
      queue.append(Int32(argument))
    }
    for argument in 0..<n {
      let count = incomingStart[argument + 1] - incomingStart[argument]
      remainingAttackers[argument] = Int32(count)
      if count == 0 && labels[argument] == .undecided {
        labels[argument] = .in
        queue.append(Int32(argument))
      }
    }
    outgoingTargets.withUnsafeBufferPointer { targets in
      outgoingStart.withUnsafeBufferPointer { start in
        var head = 0
        while head < queue.count {
          let accepted = Int(queue[head])
          head += 1
          for slot in start[accepted]..<start[accepted + 1] {
            let defeated = Int(targets[slot])
            guard labels[defeated] == .undecided else { continue }
            labels[defeated] = .out
            for next in start[defeated]..<start[defeated + 1] {
              let candidate = Int(targets[next])
              remainingAttackers[candidate] -= 1
              if remainingAttackers[candidate] == 0 && labels[candidate] == .undecided {
                labels[candidate] = .in
                queue.append(Int32(candidate))
              }
            }
          }
        }
      }
    }
    return Labelling(labels: labels)
  }

  /// The grounded extension: the arguments in in the grounded labelling.
  ///
  /// - Complexity: O(*n* + *m*).
  public func groundedExtension() -> ArgumentSet {
    groundedLabelling().inArguments
  }
}
