using FluentValidation;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Application.Residents;

/// <summary>Validation of an address as the intake form and the partner API send it.</summary>
public sealed class AddressValidator : AbstractValidator<AddressDto>
{
    public AddressValidator(ISectorDirectory sectors)
    {
        RuleFor(a => a.Street).NotEmpty().MaximumLength(120);
        RuleFor(a => a.HouseNumber).NotEmpty().MaximumLength(10);
        RuleFor(a => a.Box).MaximumLength(10);
        RuleFor(a => a.PostalCode).Must(Address.IsPostalCode).WithMessage("'{PropertyValue}' is not a Belgian postal code (four digits, 1000–9999).");
        RuleFor(a => a.Municipality).NotEmpty().MaximumLength(100);
        RuleFor(a => a.SectorCode)
            .Must(code => SectorCode.TryParse(code, out var parsed) && sectors.Find(parsed) is not null)
            .WithMessage("'{PropertyValue}' is not a statistical sector of Flanders or Brussels.");
    }
}
