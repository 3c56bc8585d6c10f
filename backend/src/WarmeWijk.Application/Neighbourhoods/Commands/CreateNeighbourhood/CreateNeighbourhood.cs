using AutoMapper;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Application.Neighbourhoods.Commands.CreateNeighbourhood;

/// <summary>Defines a neighbourhood of the caller's network as a set of statistical sectors of one municipality.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record CreateNeighbourhoodCommand(string Name, IReadOnlyList<string> SectorCodes) : IRequest<NeighbourhoodDto>;

public sealed class CreateNeighbourhoodValidator : AbstractValidator<CreateNeighbourhoodCommand>
{
    public CreateNeighbourhoodValidator(ISectorDirectory sectors)
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(120);
        RuleFor(c => c.SectorCodes).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(codes => codes.Count <= 500).WithMessage("A neighbourhood has at most 500 sectors.")
            .Must(codes => codes.Distinct(StringComparer.OrdinalIgnoreCase).Count() == codes.Count).WithMessage("Each sector may be listed once.")
            .Must(codes => codes.Select(c => Known(sectors, c)?.MunicipalityNis).Where(nis => nis is not null).Distinct().Count() <= 1)
            .WithMessage("All sectors must lie in the same municipality.");
        RuleForEach(c => c.SectorCodes)
            .Must(code => SectorCode.TryParse(code, out _))
            .WithMessage((_, code) => $"'{code}' is not a statistical sector code (e.g. 11002F60-).")
            .Must(code => !SectorCode.TryParse(code, out _) || Known(sectors, code) is not null)
            .WithMessage((_, code) => $"'{code}' is not a statistical sector of Flanders or Brussels.");
    }

    private static StatisticalSector? Known(ISectorDirectory sectors, string? code) =>
        SectorCode.TryParse(code, out var parsed) ? sectors.Find(parsed) : null;
}

public sealed class CreateNeighbourhoodHandler(IAppDbContext db, ISectorDirectory sectors, IMapper mapper)
    : IRequestHandler<CreateNeighbourhoodCommand, NeighbourhoodDto>
{
    public async Task<NeighbourhoodDto> Handle(CreateNeighbourhoodCommand request, CancellationToken cancellationToken)
    {
        var name = request.Name.Trim();
        if (await db.Neighbourhoods.AnyAsync(n => n.Name == name, cancellationToken))
        {
            throw new ConflictException($"The network already has a neighbourhood named '{name}'.");
        }

        var official = request.SectorCodes.Select(code => sectors.Find(SectorCode.Parse(code))!).ToList();
        var municipality = official[0];
        var neighbourhood = new Neighbourhood(
            name,
            municipality.MunicipalityNis,
            municipality.MunicipalityName,
            official.Select(s => new NeighbourhoodSector(s.Code, s.Name, s.MunicipalityNis)));

        db.Neighbourhoods.Add(neighbourhood);
        await db.SaveChangesAsync(cancellationToken);

        return mapper.Map<NeighbourhoodDto>(neighbourhood);
    }
}
