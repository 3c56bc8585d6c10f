using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Partners;
using Columns = WarmeWijk.Application.Partners.SocialMapColumns;

namespace WarmeWijk.Application.Partners.Commands.ImportSocialMap;

/// <summary>
/// Imports a sociale kaart CSV all-or-nothing: every line is checked and, when one is rejected, nothing is stored and
/// every rejected line is reported (422). A line updates the actor with its id, or else the actor with its name, or
/// adds one: the same file imported twice changes nothing the second time.
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record ImportSocialMapCommand(string? FileName, Stream? Content) : IRequest<SocialMapImportDto>;

public sealed class ImportSocialMapValidator : AbstractValidator<ImportSocialMapCommand>
{
    public ImportSocialMapValidator()
    {
        RuleFor(c => c.FileName).NotEmpty().MaximumLength(255);
        RuleFor(c => c.Content).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Attach the file.")
            .Must(content => content!.Length > 0).WithMessage("The file is empty.");
    }
}

public sealed class ImportSocialMapHandler(IAppDbContext db, ISocialMapCsv csv, IValidator<SocialMapActorInput> validator, AuditTrail audit)
    : IRequestHandler<ImportSocialMapCommand, SocialMapImportDto>
{
    /// <summary>Where the input's fields come from in the file, to name the column of a failed rule.</summary>
    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(SocialMapActorInput.Name)] = Columns.Name,
        [nameof(SocialMapActorInput.Kind)] = Columns.Kind,
        [nameof(SocialMapActorInput.Description)] = Columns.Description,
        [nameof(SocialMapActorInput.Categories)] = Columns.Categories,
        [nameof(SocialMapActorInput.Services)] = Columns.Services,
        [nameof(SocialMapActorInput.Phone)] = Columns.Phone,
        [nameof(SocialMapActorInput.Email)] = Columns.Email,
        [nameof(SocialMapActorInput.Website)] = Columns.Url,
        [nameof(SocialMapActorInput.Address)] = Columns.Address,
        [nameof(SocialMapActorInput.NeighbourhoodIds)] = Columns.ServiceAreas,
        [nameof(SocialMapActorInput.AcceptsReferrals)] = Columns.AcceptsReferrals,
        [nameof(SocialMapActorInput.IsActive)] = Columns.Status,
    };

    public async Task<SocialMapImportDto> Handle(ImportSocialMapCommand request, CancellationToken cancellationToken)
    {
        var table = csv.Read(request.Content!);
        if (table.FatalError is not null)
        {
            throw new SocialMapRejectedException(new SocialMapImportDto(0, 0, 0, table.Rejections, table.FatalError));
        }

        var actors = await db.PartnerOrganisations.ToListAsync(cancellationToken);
        var categories = await db.HelpCategories.AsNoTracking().Select(c => new { c.Code, c.NameNl }).ToListAsync(cancellationToken);
        var neighbourhoods = await db.Neighbourhoods.AsNoTracking().Select(n => new { n.Id, n.Name }).ToListAsync(cancellationToken);

        var rejections = new List<SocialMapRejectionDto>(table.Rejections);
        var seen = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var accepted = new List<(PartnerOrganisation? Actor, SocialMapActorInput Input)>();
        foreach (var record in table.Records)
        {
            var reasons = new List<SocialMapRejectionDto>();
            void Reject(string column, string reason) => reasons.Add(new SocialMapRejectionDto(record.Line, column, reason));

            var kind = SocialMapValues.Kind(record[Columns.Kind]);
            if (kind is null)
            {
                Reject(Columns.Kind, $"'{record[Columns.Kind]}' is not a kind of actor: formal, informal or policy.");
            }

            var codes = new List<string>();
            foreach (var category in SocialMapValues.List(record[Columns.Categories]))
            {
                var found = categories.FirstOrDefault(c => c.Code == category || string.Equals(c.NameNl, category, StringComparison.OrdinalIgnoreCase));
                if (found is null)
                {
                    Reject(Columns.Categories, $"'{category}' is not a help category of your network (give its code, e.g. 'debt').");
                }
                else
                {
                    codes.Add(found.Code);
                }
            }

            var areas = new List<Guid>();
            foreach (var area in SocialMapValues.List(record[Columns.ServiceAreas]))
            {
                var found = neighbourhoods.FirstOrDefault(n =>
                    (Guid.TryParse(area, out var id) && n.Id == id) || SocialMapNames.Same(n.Name, area));
                if (found is null)
                {
                    Reject(Columns.ServiceAreas, $"'{area}' is not a neighbourhood of your network.");
                }
                else
                {
                    areas.Add(found.Id);
                }
            }

            var accepts = string.IsNullOrWhiteSpace(record[Columns.AcceptsReferrals]) ? kind is not ActorKind.Informal : SocialMapValues.Flag(record[Columns.AcceptsReferrals]);
            if (accepts is null)
            {
                Reject(Columns.AcceptsReferrals, $"'{record[Columns.AcceptsReferrals]}' is not yes or no.");
            }

            var active = string.IsNullOrWhiteSpace(record[Columns.Status]) ? true : SocialMapValues.Active(record[Columns.Status]);
            if (active is null)
            {
                Reject(Columns.Status, $"'{record[Columns.Status]}' is not a status: active or inactive.");
            }

            var input = new SocialMapActorInput(
                record[Columns.Name], kind ?? ActorKind.Formal, record[Columns.Description], codes, record[Columns.Services], record[Columns.Phone],
                record[Columns.Email], record[Columns.Url], record[Columns.Address], areas, accepts ?? false, active ?? true);
            foreach (var failure in (await validator.ValidateAsync(input, cancellationToken)).Errors)
            {
                var property = failure.PropertyName.Split('[', '.')[0];
                if (!(property == nameof(SocialMapActorInput.AcceptsReferrals) && accepts is null))
                {
                    Reject(ColumnOf.GetValueOrDefault(property, property), failure.ErrorMessage);
                }
            }

            // The id decides when it is one of the network's actors; otherwise the name.
            var actor = Guid.TryParse(record[Columns.Id], out var id) ? actors.FirstOrDefault(a => a.Id == id) : null;
            actor ??= actors.FirstOrDefault(a => SocialMapNames.Same(a.Name, input.Name));
            if (actor is not null && actors.Any(a => a != actor && SocialMapNames.Same(a.Name, input.Name)))
            {
                Reject(Columns.Name, $"Another actor of the sociale kaart is named '{input.Name.Trim()}' already.");
            }

            var key = actor?.Id.ToString() ?? input.Name.Trim();
            if (key.Length > 0 && seen.TryGetValue(key, out var first))
            {
                Reject(actor is null ? Columns.Name : Columns.Id, $"The same actor as on line {first}: each actor once per file.");
            }
            else if (key.Length > 0)
            {
                seen[key] = record.Line;
            }

            rejections.AddRange(reasons);
            accepted.Add((actor, input));
        }

        if (rejections.Count > 0)
        {
            throw new SocialMapRejectedException(new SocialMapImportDto(0, 0, 0, [.. rejections.OrderBy(r => r.Line)], null));
        }

        var (created, updated, unchanged) = (0, 0, 0);
        foreach (var (actor, input) in accepted)
        {
            var profile = input.ToProfile();
            if (actor is null)
            {
                db.PartnerOrganisations.Add(new PartnerOrganisation(profile));
                created++;
            }
            else if (Signature(actor) == Signature(new PartnerOrganisation(profile)))
            {
                unchanged++;
            }
            else
            {
                actor.Update(profile);
                updated++;
            }
        }

        audit.Record(AuditAction.Update, nameof(PartnerOrganisation), Guid.Empty, $"Sociale kaart imported from {Path.GetFileName(request.FileName)}: {created} added, {updated} changed.");
        await db.SaveChangesAsync(cancellationToken);
        return new SocialMapImportDto(created, updated, unchanged, [], null);
    }

    private static string Signature(PartnerOrganisation a) => string.Join(
        '\u001f',
        a.Name, a.Kind, a.Description, string.Join(';', a.Categories), a.Services, a.Phone, a.Email, a.Website, a.Address,
        string.Join(';', a.NeighbourhoodIds), a.AcceptsReferrals, a.IsActive);
}
