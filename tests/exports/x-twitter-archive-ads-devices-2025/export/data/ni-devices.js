window.YTD.ni_devices.part0 = [
  {
    "niDeviceResponse" : {
      "pushDevice" : {
        "deviceVersion" : "10.84.0-release.0",
        "udid" : "4e9b21c07fa35d18",
        "deviceType" : "Twitter for Android",
        "token" : "fE2xQm9TRkGp0aZcW7uLbN:APA91bExAmPlE0nOtArEaLtOkEn-q3Vv8sLdKe2Wm9Pz4Rt1Yx6Nc0Bh5Ju7Gf3Da8Ks2Lq9Zw4Xe1Vr6Ty0Ui3Op5As7Df",
        "updatedDate" : "2025.03.15",
        "createdDate" : "2024.11.02"
      }
    }
  },
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+33555010162",
        "carrier" : "fr.examplemobile",
        "deviceType" : "Auth",
        "updatedDate" : "2024.11.02",
        "createdDate" : "2021.06.14"
      }
    }
  }
]
