window.YTD.ni_devices.part0 = [
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+16765550142",
        "carrier" : "to.digicel",
        "deviceType" : "Auth",
        "updatedDate" : "2025.03.18",
        "createdDate" : "2021.07.02"
      }
    }
  },
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+6495550187",
        "carrier" : "nz.onenz",
        "deviceType" : "Auth",
        "updatedDate" : "2023.11.09",
        "createdDate" : "2019.04.27"
      }
    }
  }
]
