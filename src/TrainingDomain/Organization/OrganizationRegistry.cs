using TrainingDomain.People;

namespace TrainingDomain.Organization;

/// <summary>
/// The administrative units, their changes and the training centres of a province, checked for consistency once and
/// then queried as of a date. Every query that takes a date reports only what was valid on that date (both ends
/// inclusive), so a centre or unit that did not exist on the date is never reported.
/// </summary>
/// <remarks>
/// What is checked when the registry is built: ids are unique; every parent exists, sits on a higher tier and is valid
/// over the child's whole range; no two incarnations share a GSO code on the same day; every unit a change names exists,
/// predecessors end the day before the change and successors start on its date; every served unit exists over the whole
/// service range. Each failure is an <see cref="ArgumentException"/> naming the argument and the offending id.
/// </remarks>
/// <example>
/// <code>
/// var registry = HaiDuongRegistry.Create();
/// registry.FindByGsoCode("290", new LocalDate(2019, 2, 28))!.DisplayName; // "thị xã Chí Linh"
/// registry.FindByGsoCode("290", new LocalDate(2019, 3, 1))!.DisplayName;  // "thành phố Chí Linh"
/// registry.CentersOn(new LocalDate(2025, 7, 1));                          // empty: the district tier ended
/// </code>
/// </example>
public sealed class OrganizationRegistry
{
    private readonly AdministrativeUnit[] _units;
    private readonly Dictionary<string, AdministrativeUnit> _unitsById;
    private readonly UnitChange[] _changes;
    private readonly TrainingCenter[] _centers;
    private readonly Dictionary<string, TrainingCenter> _centersById;

    /// <summary>Builds and checks a registry.</summary>
    /// <param name="units">Every unit incarnation.</param>
    /// <param name="changes">The changes linking incarnations.</param>
    /// <param name="centers">The training centres.</param>
    /// <exception cref="ArgumentException">When the data is inconsistent; the message names the offending id and why.</exception>
    public OrganizationRegistry(IEnumerable<AdministrativeUnit> units, IEnumerable<UnitChange> changes, IEnumerable<TrainingCenter> centers)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(centers);
        _units = [.. units];
        _changes = [.. changes];
        _centers = [.. centers];
        _unitsById = IndexUnits(_units);
        CheckParents();
        CheckGsoCodes();
        CheckChanges();
        _centersById = IndexCenters();
    }

    /// <summary>Every unit incarnation, in the order given.</summary>
    public IReadOnlyList<AdministrativeUnit> Units => _units;

    /// <summary>Every change, in the order given.</summary>
    public IReadOnlyList<UnitChange> Changes => _changes;

    /// <summary>Every centre, in the order given.</summary>
    public IReadOnlyList<TrainingCenter> Centers => _centers;

    /// <summary>The unit incarnation with an id, whatever its dates.</summary>
    /// <param name="unitId">The id.</param>
    /// <returns>The incarnation, or <c>null</c> when the registry has none with that id.</returns>
    public AdministrativeUnit? FindUnit(string unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        return _unitsById.GetValueOrDefault(unitId);
    }

    /// <summary>The centre with an id, whatever its dates.</summary>
    /// <param name="centerId">The id.</param>
    /// <returns>The centre, or <c>null</c> when the registry has none with that id.</returns>
    public TrainingCenter? FindCenter(string centerId)
    {
        ArgumentNullException.ThrowIfNull(centerId);
        return _centersById.GetValueOrDefault(centerId);
    }

    /// <summary>The units that existed on a date, optionally only of one kind or only under one parent.</summary>
    /// <param name="date">The date.</param>
    /// <param name="kind">Only units of this kind, when given.</param>
    /// <param name="parentId">Only units whose parent incarnation has this id, when given.</param>
    /// <returns>The units, in registry order.</returns>
    public IReadOnlyList<AdministrativeUnit> UnitsOn(LocalDate date, UnitKind? kind = null, string? parentId = null) =>
        _units.Where(u => u.IsValidOn(date) && (kind is null || u.Kind == kind) && (parentId is null || u.ParentId == parentId)).ToList();

    /// <summary>The units of one tier that existed on a date, e.g. every district-level unit whatever its kind.</summary>
    /// <param name="date">The date.</param>
    /// <param name="tier">The tier.</param>
    /// <returns>The units, in registry order.</returns>
    public IReadOnlyList<AdministrativeUnit> UnitsOn(LocalDate date, UnitTier tier) =>
        _units.Where(u => u.IsValidOn(date) && u.Tier == tier).ToList();

    /// <summary>The unit holding a GSO code on a date.</summary>
    /// <param name="gsoCode">The code, e.g. "293".</param>
    /// <param name="date">The date.</param>
    /// <returns>The incarnation valid on the date, or <c>null</c> when no unit held the code then.</returns>
    public AdministrativeUnit? FindByGsoCode(string gsoCode, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(gsoCode);
        return _units.FirstOrDefault(u => u.GsoCode == gsoCode && u.IsValidOn(date));
    }

    /// <summary>
    /// The incarnation of a unit valid on a date, following renames and upgrades in both directions from the given
    /// incarnation. Merges, splits and abolitions end a unit's identity and are not followed.
    /// </summary>
    /// <param name="unitId">The id of any incarnation of the unit.</param>
    /// <param name="date">The date.</param>
    /// <returns>The incarnation valid on the date, or <c>null</c> when the unit did not exist then.</returns>
    /// <exception cref="ArgumentException">When no unit has the id.</exception>
    public AdministrativeUnit? IncarnationOn(string unitId, LocalDate date)
    {
        var unit = RequireUnit(unitId, nameof(unitId));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<AdministrativeUnit>([unit]);
        while (pending.TryDequeue(out var current))
        {
            if (!seen.Add(current.Id))
            {
                continue;
            }

            if (current.IsValidOn(date))
            {
                return current;
            }

            foreach (var change in _changes.Where(c => c.KeepsIdentity))
            {
                if (change.PredecessorIds[0] == current.Id)
                {
                    pending.Enqueue(_unitsById[change.SuccessorIds[0]]);
                }
                else if (change.SuccessorIds[0] == current.Id)
                {
                    pending.Enqueue(_unitsById[change.PredecessorIds[0]]);
                }
            }
        }

        return null;
    }

    /// <summary>What a unit was called on a date, following renames and upgrades (see <see cref="IncarnationOn"/>).</summary>
    /// <param name="unitId">The id of any incarnation of the unit.</param>
    /// <param name="date">The date.</param>
    /// <returns>The name and kind, or <c>null</c> when the unit did not exist on the date.</returns>
    /// <exception cref="ArgumentException">When no unit has the id.</exception>
    public UnitName? NameOn(string unitId, LocalDate date) => IncarnationOn(unitId, date)?.UnitName;

    /// <summary>The changes that ended or started an incarnation.</summary>
    /// <param name="unitId">The incarnation's id.</param>
    /// <returns>The changes, in registry order.</returns>
    /// <exception cref="ArgumentException">When no unit has the id.</exception>
    public IReadOnlyList<UnitChange> ChangesOf(string unitId)
    {
        RequireUnit(unitId, nameof(unitId));
        return _changes.Where(c => c.PredecessorIds.Contains(unitId) || c.SuccessorIds.Contains(unitId)).ToList();
    }

    /// <summary>The incarnations an incarnation replaced (the predecessors of the changes that started it).</summary>
    /// <param name="unitId">The incarnation's id.</param>
    /// <returns>The predecessors; empty when the registry records no change starting it.</returns>
    /// <exception cref="ArgumentException">When no unit has the id.</exception>
    public IReadOnlyList<AdministrativeUnit> Predecessors(string unitId)
    {
        RequireUnit(unitId, nameof(unitId));
        return _changes.Where(c => c.SuccessorIds.Contains(unitId)).SelectMany(c => c.PredecessorIds).Distinct().Select(id => _unitsById[id]).ToList();
    }

    /// <summary>The incarnations that replaced an incarnation (the successors of the changes that ended it).</summary>
    /// <param name="unitId">The incarnation's id.</param>
    /// <returns>The successors; empty when it is still valid or was abolished.</returns>
    /// <exception cref="ArgumentException">When no unit has the id.</exception>
    public IReadOnlyList<AdministrativeUnit> Successors(string unitId)
    {
        RequireUnit(unitId, nameof(unitId));
        return _changes.Where(c => c.PredecessorIds.Contains(unitId)).SelectMany(c => c.SuccessorIds).Distinct().Select(id => _unitsById[id]).ToList();
    }

    /// <summary>The centres that existed on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The centres, in registry order.</returns>
    public IReadOnlyList<TrainingCenter> CentersOn(LocalDate date) => _centers.Where(c => c.IsValidOn(date)).ToList();

    /// <summary>The units a centre served on a date.</summary>
    /// <param name="centerId">The centre's id.</param>
    /// <param name="date">The date.</param>
    /// <returns>The served units; empty when the centre did not exist on the date.</returns>
    /// <exception cref="ArgumentException">When no centre has the id.</exception>
    public IReadOnlyList<AdministrativeUnit> UnitsServedBy(string centerId, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(centerId);
        var center = _centersById.GetValueOrDefault(centerId)
            ?? throw new ArgumentException($"The registry has no centre with id '{centerId}'.", nameof(centerId));
        return center.UnitIdsServedOn(date).Select(id => _unitsById[id]).ToList();
    }

    /// <summary>The centres that served a unit on a date.</summary>
    /// <param name="unitId">The unit incarnation's id.</param>
    /// <param name="date">The date.</param>
    /// <returns>The centres; empty when none served it then.</returns>
    /// <exception cref="ArgumentException">When no unit has the id.</exception>
    public IReadOnlyList<TrainingCenter> CentersServing(string unitId, LocalDate date)
    {
        RequireUnit(unitId, nameof(unitId));
        return _centers.Where(c => c.ServiceAreas.Any(a => a.UnitId == unitId && a.IsValidOn(date))).ToList();
    }

    private AdministrativeUnit RequireUnit(string unitId, string paramName)
    {
        ArgumentNullException.ThrowIfNull(unitId, paramName);
        return _unitsById.GetValueOrDefault(unitId)
            ?? throw new ArgumentException($"The registry has no unit with id '{unitId}'.", paramName);
    }

    private static Dictionary<string, AdministrativeUnit> IndexUnits(AdministrativeUnit[] units)
    {
        var index = new Dictionary<string, AdministrativeUnit>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (unit is null)
            {
                throw new ArgumentException("A unit cannot be null.", nameof(units));
            }

            if (!index.TryAdd(unit.Id, unit))
            {
                throw new ArgumentException($"Unit id '{unit.Id}' appears twice; ids must be unique.", nameof(units));
            }
        }

        return index;
    }

    private void CheckParents()
    {
        foreach (var unit in _units)
        {
            if (unit.ParentId is null)
            {
                continue;
            }

            if (!_unitsById.TryGetValue(unit.ParentId, out var parent))
            {
                throw new ArgumentException($"Unit '{unit.Id}' names parent '{unit.ParentId}', which is not in the registry.", "units");
            }

            if (parent.Tier >= unit.Tier)
            {
                throw new ArgumentException(
                    $"Unit '{unit.Id}' ({unit.Tier}-level) names parent '{parent.Id}' ({parent.Tier}-level); a parent must sit on a higher tier.",
                    "units");
            }

            if (!ValidityRange.Contains(parent.ValidFrom, parent.ValidTo, unit.ValidFrom, unit.ValidTo))
            {
                throw new ArgumentException(
                    $"Unit '{unit.Id}' is valid {ValidityRange.Describe(unit.ValidFrom, unit.ValidTo)} but its parent '{parent.Id}' only {ValidityRange.Describe(parent.ValidFrom, parent.ValidTo)}; the parent must cover the child's whole range.",
                    "units");
            }
        }
    }

    private void CheckGsoCodes()
    {
        foreach (var group in _units.GroupBy(u => u.GsoCode, StringComparer.Ordinal))
        {
            var sameCode = group.ToArray();
            for (var i = 0; i < sameCode.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (ValidityRange.Overlaps(sameCode[i].ValidFrom, sameCode[i].ValidTo, sameCode[j].ValidFrom, sameCode[j].ValidTo))
                    {
                        throw new ArgumentException(
                            $"Units '{sameCode[j].Id}' and '{sameCode[i].Id}' both hold GSO code '{group.Key}' on overlapping dates; a code names one unit on any date.",
                            "units");
                    }
                }
            }
        }
    }

    private void CheckChanges()
    {
        foreach (var change in _changes)
        {
            if (change is null)
            {
                throw new ArgumentException("A change cannot be null.", "changes");
            }

            var dayBefore = change.EffectiveDate.PlusDays(-1);
            foreach (var id in change.PredecessorIds)
            {
                var unit = _unitsById.GetValueOrDefault(id)
                    ?? throw new ArgumentException($"Change {change} names predecessor '{id}', which is not in the registry.", "changes");
                if (unit.ValidTo != dayBefore)
                {
                    throw new ArgumentException(
                        $"Change {change} ends '{id}', so its last valid day must be {Labels.Of(dayBefore)}; it is {(unit.ValidTo is { } end ? Labels.Of(end) : "open")}.",
                        "changes");
                }
            }

            foreach (var id in change.SuccessorIds)
            {
                var unit = _unitsById.GetValueOrDefault(id)
                    ?? throw new ArgumentException($"Change {change} names successor '{id}', which is not in the registry.", "changes");
                if (unit.ValidFrom != change.EffectiveDate)
                {
                    throw new ArgumentException(
                        $"Change {change} starts '{id}', so its first valid day must be {Labels.Of(change.EffectiveDate)}; it is {Labels.Of(unit.ValidFrom)}.",
                        "changes");
                }
            }
        }
    }

    private Dictionary<string, TrainingCenter> IndexCenters()
    {
        var index = new Dictionary<string, TrainingCenter>(StringComparer.Ordinal);
        foreach (var center in _centers)
        {
            if (center is null)
            {
                throw new ArgumentException("A centre cannot be null.", "centers");
            }

            if (!index.TryAdd(center.Id, center))
            {
                throw new ArgumentException($"Centre id '{center.Id}' appears twice; ids must be unique.", "centers");
            }

            foreach (var area in center.ServiceAreas)
            {
                var unit = _unitsById.GetValueOrDefault(area.UnitId)
                    ?? throw new ArgumentException($"Centre '{center.Id}' serves unit '{area.UnitId}', which is not in the registry.", "centers");
                if (!ValidityRange.Contains(unit.ValidFrom, unit.ValidTo, area.ValidFrom, area.ValidTo))
                {
                    throw new ArgumentException(
                        $"Centre '{center.Id}' serves '{unit.Id}' over {ValidityRange.Describe(area.ValidFrom, area.ValidTo)}, but the unit is valid only {ValidityRange.Describe(unit.ValidFrom, unit.ValidTo)}.",
                        "centers");
                }
            }
        }

        return index;
    }
}
